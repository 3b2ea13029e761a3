package com.marketplace.platform.plans.domain;

import java.util.Objects;

/** A new plan as its seller describes it. */
public record PlanDetails(String name, String description, PlanPricing pricing, int trialDays) {

    public static final int MAX_TRIAL_DAYS = 730;

    public PlanDetails {
        Objects.requireNonNull(pricing, "pricing");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A plan has a name");
        }
        description = description == null ? "" : description;
        if (trialDays < 0 || trialDays > MAX_TRIAL_DAYS) {
            throw new IllegalArgumentException("Trial days are 0.." + MAX_TRIAL_DAYS + ", got " + trialDays);
        }
    }
}
