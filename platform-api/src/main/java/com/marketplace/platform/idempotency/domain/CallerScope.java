package com.marketplace.platform.idempotency.domain;

import java.util.Objects;

/**
 * Whose keys a key is looked up among: the signed-in caller's principal name ({@code seller:12},
 * {@code buyer:3}, {@code admin:<email>}), the same whether they came with HTTP Basic or a page
 * session, or {@code anonymous} for everyone not signed in. Anonymous callers share one scope: a
 * guest's only claim to a key is knowing it, which is why keys should be random (UUIDs), and a
 * replay also needs the very same request body.
 */
public record CallerScope(String value) {

    public static final int MAX_LENGTH = 330;
    private static final CallerScope ANONYMOUS = new CallerScope("anonymous");

    public CallerScope {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a caller scope is 1 to " + MAX_LENGTH + " characters");
        }
    }

    public static CallerScope anonymous() {
        return ANONYMOUS;
    }

    /** The scope of a container principal's name; no principal (or an empty name) is anonymous. */
    public static CallerScope ofPrincipal(String principalName) {
        return principalName == null || principalName.isEmpty() ? ANONYMOUS : new CallerScope(principalName);
    }
}
