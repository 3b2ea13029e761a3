package com.marketplace.sandbox.store;

/**
 * Where an object lives: on the platform, or on a connected account (what the
 * {@code Stripe-Account} header selects). Stripe answers 404 for an object asked for in the
 * wrong scope, and so does the sandbox.
 */
public record Scope(String accountId) {

    public static final Scope PLATFORM = new Scope(null);
    private static final String PLATFORM_KEY = "platform";

    public static Scope of(String stripeAccountHeader) {
        return stripeAccountHeader == null || stripeAccountHeader.isBlank() ? PLATFORM : new Scope(stripeAccountHeader.trim());
    }

    static Scope fromKey(String key) {
        return PLATFORM_KEY.equals(key) ? PLATFORM : new Scope(key);
    }

    public boolean isPlatform() {
        return accountId == null;
    }

    String key() {
        return accountId == null ? PLATFORM_KEY : accountId;
    }
}
