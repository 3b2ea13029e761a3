package com.marketplace.platform.subscriptions.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a subscription stands: before Stripe has it (PENDING_CHECKOUT, CHECKOUT_EXPIRED), then
 * Stripe's own status in upper case. Only TRIALING and ACTIVE give access; PAST_DUE keeps it
 * while Stripe retries the renewal, with a warning.
 */
public enum SubscriptionStatus {
    PENDING_CHECKOUT,
    CHECKOUT_EXPIRED,
    INCOMPLETE,
    INCOMPLETE_EXPIRED,
    TRIALING,
    ACTIVE,
    PAST_DUE,
    UNPAID,
    CANCELED,
    PAUSED;

    public Access access() {
        return switch (this) {
            case TRIALING, ACTIVE -> Access.ACCESS;
            case PAST_DUE -> Access.ACCESS_PAST_DUE;
            default -> Access.NONE;
        };
    }

    /** Access is over for good (until Stripe says otherwise): the states that set ended_at. */
    public boolean ends() {
        return this == CANCELED || this == UNPAID || this == INCOMPLETE_EXPIRED;
    }

    /** Lower case, as the API and the pages show it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Stripe's status ({@code trialing}, {@code past_due}, ...); empty for one this platform does not know. */
    public static Optional<SubscriptionStatus> fromStripe(String status) {
        if (status == null) {
            return Optional.empty();
        }
        try {
            SubscriptionStatus parsed = valueOf(status.toUpperCase(Locale.ROOT));
            return parsed == PENDING_CHECKOUT || parsed == CHECKOUT_EXPIRED ? Optional.empty() : Optional.of(parsed);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
