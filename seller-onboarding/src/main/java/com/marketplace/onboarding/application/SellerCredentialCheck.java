package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerProfile;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.PasswordHasher;
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

    private SellerRepository sellers;
    private PasswordHasher passwords;
    private String unknownEmailHash;

    protected SellerCredentialCheck() {
        // for CDI proxies
    }

    @Inject
    public SellerCredentialCheck(SellerRepository sellers, PasswordHasher passwords) {
        this.sellers = sellers;
        this.passwords = passwords;
        this.unknownEmailHash = passwords.hash("no seller has this password " + new SecureRandom().nextLong());
    }

    @Override
    public Optional<SellerId> authenticate(String email, String password) {
        Optional<Seller> seller = sellers.findByEmail(SellerProfile.normalizeEmail(email));
        boolean matches = passwords.verify(password, seller.map(Seller::passwordHash).orElse(unknownEmailHash));
        return seller.isPresent() && matches ? Optional.of(seller.get().id()) : Optional.empty();
    }
}
