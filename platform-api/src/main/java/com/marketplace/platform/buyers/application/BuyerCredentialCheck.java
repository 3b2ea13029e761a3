package com.marketplace.platform.buyers.application;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRepository;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Checks a buyer's email and password against the stored hash, for the web module's identity
 * store. An unknown email costs the same hashing as a wrong password, so timing reveals no emails.
 */
@ApplicationScoped
public class BuyerCredentialCheck {

    private BuyerRepository buyers;
    private PasswordHasher passwords;
    private String unknownEmailHash;

    protected BuyerCredentialCheck() {
        // for CDI proxies
    }

    @Inject
    public BuyerCredentialCheck(BuyerRepository buyers, PasswordHasher passwords) {
        this.buyers = buyers;
        this.passwords = passwords;
        this.unknownEmailHash = passwords.hash("no buyer has this password " + new SecureRandom().nextLong());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BuyerId> authenticate(String email, String password) {
        Optional<Buyer> buyer = buyers.findByEmail(Buyer.normalizeEmail(email));
        boolean matches = passwords.verify(password, buyer.map(Buyer::passwordHash).orElse(unknownEmailHash));
        return buyer.isPresent() && matches ? Optional.of(buyer.get().id()) : Optional.empty();
    }
}
