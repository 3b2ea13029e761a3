package com.marketplace.onboarding.domain;

import java.util.Objects;

/** A Stripe connected account id ({@code acct_...}). */
public record StripeAccountId(String value) {

    public StripeAccountId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("acct_[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("A connected account id looks like acct_..., got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
