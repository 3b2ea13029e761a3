package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.subscriptions.application.SubscriptionSummary;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A subscription as the API shows it. {@code status} is Stripe's ({@code trialing}, {@code active},
 * {@code past_due}, ...) or {@code pending_checkout} / {@code checkout_expired}; {@code access} is
 * {@code access}, {@code access_past_due} or {@code none}. Instants absent are left out.
 */
public record SubscriptionResponse(@Schema(example = "11") long id,
                                   @Schema(example = "19") long buyerId,
                                   @Schema(example = "7") long sellerId,
                                   @Schema(example = "Atelier Lovelace") String sellerName,
                                   @Schema(example = "5") long planId,
                                   @Schema(example = "Monthly print club") String planName,
                                   @Schema(example = "900") long amount,
                                   @Schema(example = "eur") String currency,
                                   @Schema(example = "month") String interval,
                                   @Schema(example = "ACTIVE") String status,
                                   @Schema(example = "access") String access,
                                   @Schema(example = "false") boolean cancelAtPeriodEnd,
                                   @Schema(example = "2026-03-28T09:26:53Z") Instant trialEnd,
                                   @Schema(example = "2026-04-14T09:26:53Z") Instant currentPeriodEnd,
                                   @Schema(example = "2026-05-14T09:26:53Z") Instant endedAt,
                                   @Schema(example = "2026-03-14T09:26:53Z") Instant createdAt) {

    public static SubscriptionResponse of(SubscriptionSummary summary) {
        return new SubscriptionResponse(summary.id().value(), summary.buyerId(), summary.sellerId().value(), summary.sellerName(),
                summary.planId().value(), summary.planName(), summary.price().minorUnits(), summary.price().currency().value(),
                summary.interval().value(), summary.status(), summary.access().name().toLowerCase(Locale.ROOT),
                summary.cancelAtPeriodEnd(), summary.trialEnd().orElse(null), summary.currentPeriodEnd().orElse(null),
                summary.endedAt().orElse(null), summary.createdAt());
    }
}
