package com.marketplace.platform.plans.domain;

import java.util.Optional;

/** A seller's edit of a plan: only what is present changes. */
public record PlanChanges(Optional<String> name, Optional<String> description, Optional<Long> amount, Optional<String> currency,
                          Optional<BillingInterval> interval, Optional<Integer> trialDays) {
}
