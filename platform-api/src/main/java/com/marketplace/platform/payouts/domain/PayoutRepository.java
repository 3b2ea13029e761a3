package com.marketplace.platform.payouts.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import java.util.List;
import java.util.Optional;

/** The payouts table; writes join the caller's transaction (the webhook worker's). */
public interface PayoutRepository {

    Optional<Payout> find(String stripePayoutId);

    /**
     * Writes the payout as Stripe has it, unless a newer event already wrote it: {@code eventCreated}
     * (epoch seconds) must not be older than the stored one. False when nothing was written.
     */
    boolean save(Payout payout, long eventCreated);

    /** Newest first (Stripe's created). */
    List<Payout> ofSeller(SellerId seller, int limit, int offset);

    /** Every seller's payouts in a status, newest first. */
    List<Payout> withStatus(PayoutStatus status, int limit, int offset);

    /** The seller's newest payout that is paid or failed. */
    Optional<Payout> latestSettled(SellerId seller);
}
