package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerProfile;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.onboarding.infrastructure.Pbkdf2Passwords;
import com.marketplace.platform.sellers.SellerId;
import com.marketplace.platform.shared.security.SellerAuthenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks sellers' HTTP Basic credentials. PBKDF2 is slow on purpose (about a tenth of a second),
 * and Basic sends the password with every request, so a successful check is remembered for a
 * minute, keyed by a digest of the password under a key that exists only in this process' memory.
 * An unknown email costs the same hashing as a wrong password, so timing reveals no emails.
 */
@ApplicationScoped
public class SellerCredentialCheck implements SellerAuthenticator {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);
    private static final String UNKNOWN_EMAIL_HASH = Pbkdf2Passwords.hash("no seller has this password " + new SecureRandom().nextLong());

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final byte[] processKey = new byte[32];
    private SellerRepository sellers;
    private Clock clock;

    protected SellerCredentialCheck() {
        // for CDI proxies
    }

    @Inject
    public SellerCredentialCheck(SellerRepository sellers) {
        this.sellers = sellers;
        this.clock = Clock.systemUTC();
        new SecureRandom().nextBytes(processKey);
    }

    @Override
    public Optional<SellerId> authenticate(String email, String password) {
        String normalized = SellerProfile.normalizeEmail(email);
        byte[] digest = digest(password);
        Instant now = Instant.now(clock);
        Remembered known = remembered.get(normalized);
        if (known != null && known.expiresAt().isAfter(now) && MessageDigest.isEqual(known.passwordDigest(), digest)) {
            return Optional.of(known.seller());
        }
        Optional<Seller> seller = sellers.findByEmail(normalized);
        boolean matches = Pbkdf2Passwords.verify(password, seller.map(Seller::passwordHash).orElse(UNKNOWN_EMAIL_HASH));
        if (seller.isEmpty() || !matches) {
            return Optional.empty();
        }
        remembered.put(normalized, new Remembered(seller.get().id(), digest, now.plus(REMEMBERED_FOR)));
        return Optional.of(seller.get().id());
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(processKey);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private record Remembered(SellerId seller, byte[] passwordDigest, Instant expiresAt) {
    }
}
