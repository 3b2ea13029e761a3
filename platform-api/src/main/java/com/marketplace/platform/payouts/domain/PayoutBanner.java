package com.marketplace.platform.payouts.domain;

import java.util.Optional;

/**
 * The rule of the seller's banner: Stripe pauses payouts after one fails until the bank account is
 * fixed, so the seller is told while their latest settled payout (paid or failed, by Stripe's
 * created) is a failure. A later payout that is paid ends it; one still on its way does not, since
 * it may fail the same way.
 */
public final class PayoutBanner {

    private PayoutBanner() {
    }

    /** The failed payout to show, given the seller's latest settled payout. */
    public static Optional<Payout> of(Optional<Payout> latestSettled) {
        return latestSettled.filter(payout -> payout.status() == PayoutStatus.FAILED);
    }
}
