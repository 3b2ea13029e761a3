package com.marketplace.platform.buyers.application;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRefusal;
import com.marketplace.platform.buyers.domain.BuyerRepository;
import com.marketplace.platform.buyers.domain.SellerEmails;
import com.marketplace.platform.kernel.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * A buyer signs up: the one use case behind the API and the sign-up page. The email must not sign
 * anyone in yet, buyer or seller: one email, one account. The password is stored as the platform's
 * one hasher makes it ({@link PasswordHasher}), as admins' and sellers' are.
 */
@ApplicationScoped
public class BuyerRegistration {

    private BuyerRepository buyers;
    private SellerEmails sellers;
    private PasswordHasher passwords;
    private Clock clock;

    protected BuyerRegistration() {
        // for CDI proxies
    }

    @Inject
    public BuyerRegistration(BuyerRepository buyers, SellerEmails sellers, PasswordHasher passwords) {
        this(buyers, sellers, passwords, Clock.systemUTC());
    }

    public BuyerRegistration(BuyerRepository buyers, SellerEmails sellers, PasswordHasher passwords, Clock clock) {
        this.buyers = buyers;
        this.sellers = sellers;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The new buyer; a validated sign-up is expected (the doors validate it as they read it). */
    @Transactional
    public Buyer register(BuyerSignUp signUp) {
        String email = Buyer.normalizeEmail(signUp.email());
        if (sellers.isRegistered(email) || buyers.findByEmail(email).isPresent()) {
            throw BuyerRefusal.emailTaken();
        }
        try {
            return buyers.add(Buyer.register(email, passwords.hash(signUp.password()), signUp.name(), Instant.now(clock)));
        } catch (BuyerRepository.EmailTaken raced) {
            throw BuyerRefusal.emailTaken();
        }
    }
}
