package com.marketplace.platform.plans.interfaces.rest;

import com.marketplace.platform.plans.domain.Plan;

/** A plan as the API shows it to its seller (and the admin). */
public record PlanResponse(long id, long sellerId, String name, String description, long amount, String currency, String interval,
                           int trialDays, String status, String stripeProductId, String stripePriceId) {

    public static PlanResponse of(Plan plan) {
        return new PlanResponse(plan.id().value(), plan.sellerId().value(), plan.name(), plan.description(),
                plan.pricing().amount().minorUnits(), plan.pricing().amount().currency().value(), plan.interval().value(),
                plan.trialDays(), plan.status().name().toLowerCase(java.util.Locale.ROOT),
                plan.stripeProductId().orElse(null), plan.stripePriceId().orElse(null));
    }
}
