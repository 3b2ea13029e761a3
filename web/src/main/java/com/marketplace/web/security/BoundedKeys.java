package com.marketplace.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the limits remember per key (an email, a client address), in bounded memory whatever
 * callers send: keys are kept as SHA-256 digests (43 characters, however long the email or address
 * was), and beyond {@code maxKeys} the key touched least recently is forgotten. Forgetting errs on
 * the caller's side (a forgotten key starts afresh), which only a flood of distinct keys can cause.
 */
final class BoundedKeys<V> {

    private final int maxKeys;
    private final LinkedHashMap<String, V> entries;

    BoundedKeys(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be positive");
        }
        this.maxKeys = maxKeys;
        // Access order: get and put move a key to the young end; the eldest is the least recently used.
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > BoundedKeys.this.maxKeys;
            }
        };
    }

    /** The digest a key is kept under: {@code kind} keeps emails and addresses apart. */
    static String digest(String kind, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    synchronized V get(String digest) {
        return entries.get(digest);
    }

    synchronized V computeIfAbsent(String digest, Function<String, V> create) {
        return entries.computeIfAbsent(digest, create);
    }

    synchronized void remove(String digest) {
        entries.remove(digest);
    }

    synchronized int size() {
        return entries.size();
    }
}
