package com.marketplace.onboarding.domain;

/** A sign-up with the email of a seller registered already, or of a buyer's account (one email, one account). */
public class EmailAlreadyRegistered extends OnboardingRefused {

    public EmailAlreadyRegistered() {
        super(Reason.EMAIL_TAKEN, "A seller with this email is already registered; sign in instead");
    }

    private EmailAlreadyRegistered(String message) {
        super(Reason.EMAIL_TAKEN, message);
    }

    public static EmailAlreadyRegistered byBuyer() {
        return new EmailAlreadyRegistered("This email already has a buyer's account here; sign up to sell with another email");
    }
}
