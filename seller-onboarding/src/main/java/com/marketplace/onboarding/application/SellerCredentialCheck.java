package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerProfile;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.onboarding.infrastructure.Pbkdf2Passwords;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.SellerAuthenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Checks a seller's email and password against the stored PBKDF2 hash. An unknown email costs the
 * same hashing as a wrong password, so timing reveals no emails. The web module's identity store
 * calls this and remembers recent successes, so API clients sending HTTP Basic on every request
 * do not pay the hashing each time.
 */
@ApplicationScoped
public class SellerCredentialCheck implements SellerAuthenticator {

    private static final String UNKNOWN_EMAIL_HASH = Pbkdf2Passwords.hash("no seller has this password " + new SecureRandom().nextLong());

    private SellerRepository sellers;

    protected SellerCredentialCheck() {
        // for CDI proxies
    }

    @Inject
    public SellerCredentialCheck(SellerRepository sellers) {
        this.sellers = sellers;
    }

    @Override
    public Optional<SellerId> authenticate(String email, String password) {
        Optional<Seller> seller = sellers.findByEmail(SellerProfile.normalizeEmail(email));
        boolean matches = Pbkdf2Passwords.verify(password, seller.map(Seller::passwordHash).orElse(UNKNOWN_EMAIL_HASH));
        return seller.isPresent() && matches ? Optional.of(seller.get().id()) : Optional.empty();
    }
}
