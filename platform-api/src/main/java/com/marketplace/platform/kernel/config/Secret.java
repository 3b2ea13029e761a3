package com.marketplace.platform.kernel.config;

import java.util.Objects;

/**
 * A configured secret (API key, webhook signing secret). Its {@code toString} shows at most the
 * first 7 characters, enough to tell {@code sk_test} from {@code sk_live}, so logging or
 * formatting one by mistake leaks nothing usable.
 */
public final class Secret {

    static final int VISIBLE_PREFIX = 7;

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret itself, for the one adapter that must send it (stripe-java, the signature check). */
    public String reveal() {
        return value;
    }

    public boolean startsWith(String prefix) {
        return value.startsWith(prefix);
    }

    public String masked() {
        return value.substring(0, Math.min(VISIBLE_PREFIX, value.length())) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
