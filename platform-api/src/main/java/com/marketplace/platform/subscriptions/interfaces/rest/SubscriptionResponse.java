package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.subscriptions.application.SubscriptionSummary;
import java.time.Instant;
import java.util.Locale;

/**
 * A subscription as the API shows it. {@code status} is Stripe's ({@code trialing}, {@code active},
 * {@code past_due}, ...) or {@code pending_checkout} / {@code checkout_expired}; {@code access} is
 * {@code access}, {@code access_past_due} or {@code none}. Instants absent are left out.
 */
public record SubscriptionResponse(long id, long buyerId, long sellerId, String sellerName, long planId, String planName,
                                   long amount, String currency, String interval, String status, String access,
                                   boolean cancelAtPeriodEnd, Instant trialEnd, Instant currentPeriodEnd, Instant endedAt,
                                   Instant createdAt) {

    public static SubscriptionResponse of(SubscriptionSummary summary) {
        return new SubscriptionResponse(summary.id().value(), summary.buyerId(), summary.sellerId().value(), summary.sellerName(),
                summary.planId().value(), summary.planName(), summary.price().minorUnits(), summary.price().currency().value(),
                summary.interval().value(), summary.status(), summary.access().name().toLowerCase(Locale.ROOT),
                summary.cancelAtPeriodEnd(), summary.trialEnd().orElse(null), summary.currentPeriodEnd().orElse(null),
                summary.endedAt().orElse(null), summary.createdAt());
    }
}
