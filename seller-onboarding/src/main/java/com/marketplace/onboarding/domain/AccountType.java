package com.marketplace.onboarding.domain;

import java.util.Locale;

/**
 * The kind of connected account the platform creates for its sellers. Express sellers use the
 * Express dashboard through login links the platform mints; Standard sellers own a full Stripe
 * account and use their own Stripe dashboard.
 */
public enum AccountType {
    EXPRESS, STANDARD;

    public String stripeValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccountType fromConfig(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SELLER_ACCOUNT_TYPE must be express or standard; got '" + value + "'", e);
        }
    }
}
