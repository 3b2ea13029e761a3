package com.marketplace.onboarding.domain;

/**
 * Something the onboarding rules refuse, in the seller's words. The application throws these; only
 * the interfaces decide what they are in HTTP (the API's status and JSON, a page's status and text).
 */
public abstract class OnboardingRefused extends RuntimeException {

    protected OnboardingRefused(String message) {
        super(message);
    }
}
