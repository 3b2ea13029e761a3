package com.marketplace.onboarding.domain;

/** A sign-up with the email of a seller registered already. */
public class EmailAlreadyRegistered extends OnboardingRefused {

    public EmailAlreadyRegistered() {
        super(Reason.EMAIL_TAKEN, "A seller with this email is already registered; sign in instead");
    }
}
