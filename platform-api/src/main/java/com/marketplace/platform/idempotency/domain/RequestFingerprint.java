package com.marketplace.platform.idempotency.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What makes two requests "the same request" for a key: the method, the path (with its query) and
 * the SHA-256 of the raw body bytes. The body is compared as sent, not as parsed: a client that
 * retries sends the same bytes, and anything else is another request.
 */
public record RequestFingerprint(String method, String path, String hash) {

    public RequestFingerprint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(hash, "hash");
    }

    public static RequestFingerprint of(String method, String path, byte[] body) {
        String bodyHash = sha256(body);
        return new RequestFingerprint(method, path, sha256((method + "\n" + path + "\n" + bodyHash).getBytes(StandardCharsets.UTF_8)));
    }

    public boolean sameRequestAs(RequestFingerprint other) {
        return hash.equals(other.hash);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
