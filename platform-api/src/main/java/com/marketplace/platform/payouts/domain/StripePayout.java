package com.marketplace.platform.payouts.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A payout as Stripe answers it on the seller's account: the truth the projection copies. */
public record StripePayout(String id, long amount, String currency, PayoutStatus status, Optional<Instant> arrivalDate,
                           Optional<String> failureCode, Optional<String> failureMessage, Instant created) {

    public StripePayout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(arrivalDate, "arrivalDate");
        Objects.requireNonNull(failureCode, "failureCode");
        Objects.requireNonNull(failureMessage, "failureMessage");
        Objects.requireNonNull(created, "created");
    }
}
