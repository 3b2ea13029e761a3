package com.marketplace.onboarding.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A connected account as Stripe reported it when fetched: the fields the platform projects onto
 * the seller. Translated from stripe-java's {@code Account} by the Stripe adapter.
 */
public record AccountSnapshot(
        StripeAccountId accountId,
        boolean detailsSubmitted,
        boolean chargesEnabled,
        boolean payoutsEnabled,
        Optional<String> cardPaymentsCapability,
        Optional<String> transfersCapability,
        Requirements requirements,
        Requirements futureRequirements) {

    public AccountSnapshot {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(futureRequirements, "futureRequirements");
    }

    /**
     * Stripe's {@code requirements} (or {@code future_requirements}) hash, as lists of requirement
     * codes, and {@code current_deadline}: when what is currently due becomes past due.
     */
    public record Requirements(List<String> currentlyDue, List<String> pastDue, List<String> eventuallyDue,
                               Optional<String> disabledReason, Optional<Instant> currentDeadline) {

        public static final Requirements NONE = new Requirements(List.of(), List.of(), List.of(), Optional.empty());

        public Requirements(List<String> currentlyDue, List<String> pastDue, List<String> eventuallyDue, Optional<String> disabledReason) {
            this(currentlyDue, pastDue, eventuallyDue, disabledReason, Optional.empty());
        }

        public Requirements {
            currentlyDue = List.copyOf(currentlyDue);
            pastDue = List.copyOf(pastDue);
            eventuallyDue = List.copyOf(eventuallyDue);
            Objects.requireNonNull(disabledReason, "disabledReason");
            Objects.requireNonNull(currentDeadline, "currentDeadline");
        }
    }
}
