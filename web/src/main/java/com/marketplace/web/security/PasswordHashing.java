package com.marketplace.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's {@code Pbkdf2PasswordHash}, tuned to OWASP's figures for PBKDF2-HMAC-SHA512
 * (210,000 iterations) instead of the API's default of 2,048 SHA-256 rounds. Sellers' hashes are
 * written by seller-onboarding in the same format, so one verifier reads both.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void tune() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        try {
            return pbkdf2.verify(password.toCharArray(), storedHash);
        } catch (RuntimeException corrupted) {
            // A damaged hash proves no password.
            return false;
        }
    }
}
