package com.marketplace.platform.subscriptions.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription as Stripe answers it on a re-fetch: the only source a subscription row is
 * mirrored from. {@code itemId} and {@code priceId} are its one item's (a plan switch names the
 * item); {@code subscriptionRef} is {@code metadata[subscription_id]}, the row it was made for.
 */
public record StripeSubscription(String id, String customerId, String status, String itemId, String priceId,
                                 Optional<Instant> currentPeriodStart, Optional<Instant> currentPeriodEnd,
                                 Optional<Instant> trialEnd, boolean cancelAtPeriodEnd, Optional<Long> subscriptionRef) {

    public StripeSubscription {
        if (id == null || !id.startsWith("sub_")) {
            throw new IllegalArgumentException("Expected a Stripe subscription id sub_..., got " + id);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(currentPeriodStart, "currentPeriodStart");
        Objects.requireNonNull(currentPeriodEnd, "currentPeriodEnd");
        Objects.requireNonNull(trialEnd, "trialEnd");
        Objects.requireNonNull(subscriptionRef, "subscriptionRef");
    }
}
