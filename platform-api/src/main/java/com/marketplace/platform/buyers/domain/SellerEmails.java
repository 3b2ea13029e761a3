package com.marketplace.platform.buyers.domain;

/**
 * The port through which a buyer's sign-up learns whether a seller already signs in with an email
 * (seller-onboarding, which holds the sellers, answers it): one email names one account, or the
 * sign-in could not tell whom it lets in.
 */
public interface SellerEmails {

    boolean isRegistered(String normalizedEmail);
}
