package com.marketplace.onboarding.infrastructure;

import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The secrets in onboarding refresh and return URLs. Stripe sends the seller's browser back to
 * those URLs without any platform session, so the URL itself must prove which seller it is for;
 * a random token does, and only its SHA-256 is stored. A token is short-lived and works once: a
 * URL left in a browser's history, a proxy log or a shared screen is worth nothing afterwards.
 */
@ApplicationScoped
public class OnboardingTokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    /** A new token for the seller, valid until {@code expiresAt}; the caller puts it in the URLs. */
    @Transactional
    public String issue(SellerId seller, Instant now, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        entityManager.createNativeQuery("INSERT INTO onboarding_link_tokens (token_hash, seller_id, expires_at, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, hash(token))
                .setParameter(2, seller.value())
                .setParameter(3, java.sql.Timestamp.from(expiresAt))
                .setParameter(4, java.sql.Timestamp.from(now))
                .executeUpdate();
        return token;
    }

    /**
     * Spends a token: the seller it was issued for, if it exists, has not expired and was not used
     * before. A spent token is deleted by a conditional DELETE, so of two requests racing with the
     * same token exactly one gets the seller. (Not an UPDATE of {@code expires_at}: that column is in
     * an index with the foreign key to {@code sellers}, so InnoDB would check the key and wait for
     * the seller row while the {@code account.updated} projection holds it.)
     */
    @Transactional
    public Optional<SellerId> consume(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        @SuppressWarnings("unchecked")
        List<Object> sellers = entityManager.createNativeQuery("SELECT seller_id FROM onboarding_link_tokens WHERE token_hash = ? AND expires_at > ?")
                .setParameter(1, hash(token))
                .setParameter(2, at)
                .getResultList();
        if (sellers.isEmpty()) {
            return Optional.empty();
        }
        int spent = entityManager.createNativeQuery("DELETE FROM onboarding_link_tokens WHERE token_hash = ? AND expires_at > ?")
                .setParameter(1, hash(token))
                .setParameter(2, at)
                .executeUpdate();
        return spent == 1 ? Optional.of(new SellerId(((Number) sellers.get(0)).longValue())) : Optional.empty();
    }

    /** A short, non-secret name for a token, to derive idempotency keys from. */
    public static String fingerprint(String token) {
        return hash(token).substring(0, 24);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
