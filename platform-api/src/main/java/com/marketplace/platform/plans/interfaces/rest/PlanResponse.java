package com.marketplace.platform.plans.interfaces.rest;

import com.marketplace.platform.plans.domain.Plan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan as the API shows it to its seller (and the admin). */
public record PlanResponse(@Schema(example = "5") long id,
                           @Schema(example = "7") long sellerId,
                           @Schema(example = "Monthly print club") String name,
                           @Schema(example = "A new art print every month") String description,
                           @Schema(example = "900") long amount,
                           @Schema(example = "eur") String currency,
                           @Schema(example = "month") String interval,
                           @Schema(example = "14") int trialDays,
                           @Schema(example = "active") String status,
                           @Schema(example = "prod_PkQ3r9sT2uV1wX") String stripeProductId,
                           @Schema(example = "price_1Nv0HhQ9RKHgCVdK") String stripePriceId) {

    public static PlanResponse of(Plan plan) {
        return new PlanResponse(plan.id().value(), plan.sellerId().value(), plan.name(), plan.description(),
                plan.pricing().amount().minorUnits(), plan.pricing().amount().currency().value(), plan.interval().value(),
                plan.trialDays(), plan.status().name().toLowerCase(java.util.Locale.ROOT),
                plan.stripeProductId().orElse(null), plan.stripePriceId().orElse(null));
    }
}
