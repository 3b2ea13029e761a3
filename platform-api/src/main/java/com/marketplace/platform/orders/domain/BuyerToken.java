package com.marketplace.platform.orders.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that lets a buyer (who has no account) read their order. Handed out once, with the
 * checkout; the database keeps only its SHA-256, so a leaked table shows nobody's orders.
 */
public final class BuyerToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private BuyerToken() {
    }

    /** 256 random bits, URL-safe. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison of a presented token with a stored hash. */
    public static boolean matches(String presentedToken, String storedHash) {
        if (presentedToken == null || presentedToken.isEmpty() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hashOf(presentedToken).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
