package com.marketplace.platform.sellers;

/**
 * Where a seller stands with Stripe, derived from their connected account (seller-onboarding
 * projects it on every {@code account.updated}). Only {@link #ACTIVE} sellers are sold from.
 */
public enum OnboardingStatus {
    /** Details not submitted yet: onboarding is not finished. */
    PENDING,
    /** Submitted, but Stripe has disabled charges or payouts, or something is past due. */
    RESTRICTED,
    /** Charges and payouts enabled: the seller can sell. */
    ACTIVE,
    /** Stripe rejected the account ({@code disabled_reason} {@code rejected.*}): permanent. */
    REJECTED,
    /** The seller deauthorized the platform ({@code account.application.deauthorized}): permanent; history stays readable. */
    DISCONNECTED;

    public boolean maySell() {
        return this == ACTIVE;
    }
}
