package com.marketplace.platform.plans.domain;

import java.util.Locale;
import java.util.Optional;

/** How often a subscription to a plan is billed; the value is Stripe's {@code recurring[interval]}. */
public enum BillingInterval {
    MONTH,
    YEAR;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BillingInterval> parse(String value) {
        for (BillingInterval interval : values()) {
            if (interval.value().equals(value)) {
                return Optional.of(interval);
            }
        }
        return Optional.empty();
    }
}
