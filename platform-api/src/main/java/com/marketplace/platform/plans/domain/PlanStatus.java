package com.marketplace.platform.plans.domain;

/**
 * PENDING_STRIPE: the row exists, its Stripe Product and Price may not yet; buyers never see it.
 * ACTIVE: offered to buyers at its current Price. RETIRED: hidden for good, its Price deactivated.
 */
public enum PlanStatus {
    PENDING_STRIPE,
    ACTIVE,
    RETIRED
}
