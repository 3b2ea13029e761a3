package com.marketplace.onboarding.domain;

import com.marketplace.platform.kernel.error.Refusal;

/**
 * Something the onboarding rules refuse, in the seller's words. The application throws these; only
 * the interfaces decide what they are in HTTP, as for every feature's refusal: the reason is named
 * as the error code the API publishes ({@code RefusalMapper} for the API, the page servlet for pages).
 */
public abstract class OnboardingRefused extends Refusal {

    /** Why onboarding said no; each name is the published error code. */
    public enum Reason {
        SELLER_NOT_FOUND,
        EMAIL_TAKEN,
        ONBOARDING_LINK_INVALID,
        ONBOARDING_INCOMPLETE,
        ACCOUNT_IN_USE,
        STRIPE_UNAVAILABLE,
        STRIPE_ERROR
    }

    protected OnboardingRefused(Reason reason, String message) {
        super(reason, message);
    }
}
