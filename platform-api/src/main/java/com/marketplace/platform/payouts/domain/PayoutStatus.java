package com.marketplace.platform.payouts.domain;

import java.util.Locale;

/** Stripe's payout statuses, stored upper case, shown lower case as Stripe writes them. */
public enum PayoutStatus {
    PENDING, IN_TRANSIT, PAID, FAILED, CANCELED;

    public static PayoutStatus fromStripe(String status) {
        return valueOf(status.toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Settled: Stripe will not move it again on its own (paid can still turn failed, rarely: then it is failed). */
    public boolean settled() {
        return this == PAID || this == FAILED;
    }
}
