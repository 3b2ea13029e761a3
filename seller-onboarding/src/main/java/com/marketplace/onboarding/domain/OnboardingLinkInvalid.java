package com.marketplace.onboarding.domain;

/** An onboarding link's token that expired or was used, with no signed-in seller to fall back on. */
public class OnboardingLinkInvalid extends OnboardingRefused {

    public OnboardingLinkInvalid() {
        super(Reason.ONBOARDING_LINK_INVALID, "This onboarding link has expired or was already used. Sign in to continue with a fresh one.");
    }
}
