package com.marketplace.onboarding.infrastructure;

import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.platform.buyers.domain.SellerEmails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells the buyers' sign-up whether a seller signs in with an email already. */
@ApplicationScoped
public class JpaSellerEmails implements SellerEmails {

    @Inject
    SellerRepository sellers;

    @Override
    public boolean isRegistered(String normalizedEmail) {
        return sellers.findByEmail(normalizedEmail).isPresent();
    }
}
