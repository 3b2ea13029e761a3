package com.marketplace.platform.payouts.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Objects;

/** A seller's payout as the platform keeps it: Stripe's payout and whose it is. */
public record Payout(SellerId sellerId, StripePayout stripe) {

    public Payout {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(stripe, "stripe");
    }

    public PayoutStatus status() {
        return stripe.status();
    }
}
