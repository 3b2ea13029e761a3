package com.marketplace.platform.payouts.domain;

import java.util.List;
import java.util.Objects;

/** A Stripe balance: what can be paid out now and what is still settling, per currency, in minor units. */
public record Balance(List<Amount> available, List<Amount> pending) {

    public Balance {
        available = List.copyOf(available);
        pending = List.copyOf(pending);
    }

    /** An amount in minor units of a lowercase ISO currency. */
    public record Amount(long amount, String currency) {

        public Amount {
            Objects.requireNonNull(currency, "currency");
        }
    }
}
