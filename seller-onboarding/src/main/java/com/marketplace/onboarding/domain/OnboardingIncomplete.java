package com.marketplace.onboarding.domain;

/** The Express dashboard asked for before the seller submitted their details to Stripe. */
public class OnboardingIncomplete extends OnboardingRefused {

    public OnboardingIncomplete() {
        super(Reason.ONBOARDING_INCOMPLETE, "The Express dashboard opens once you have submitted your details to Stripe; continue onboarding first");
    }
}
