package com.marketplace.web.security;

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
 * Successful password checks, remembered for a minute. PBKDF2 costs about a tenth of a second on
 * purpose, and HTTP Basic sends the password with every request; remembering a success keeps API
 * clients fast without weakening the hash. Passwords are keyed by a digest under a key that exists
 * only in this process' memory, so nothing here can be reversed or used elsewhere.
 */
class RecentSignIns {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final byte[] processKey = new byte[32];
    private final Clock clock;

    RecentSignIns(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(processKey);
    }

    Optional<String> principalFor(String email, String password) {
        Remembered known = remembered.get(AdminAccounts.normalize(email));
        if (known != null && known.expiresAt().isAfter(Instant.now(clock)) && MessageDigest.isEqual(known.passwordDigest(), digest(password))) {
            return Optional.of(known.principalName());
        }
        return Optional.empty();
    }

    void remember(String email, String password, String principalName) {
        Instant now = Instant.now(clock);
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
        }
        remembered.put(AdminAccounts.normalize(email), new Remembered(principalName, digest(password), now.plus(REMEMBERED_FOR)));
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

    private record Remembered(String principalName, byte[] passwordDigest, Instant expiresAt) {
    }
}
