package com.marketplace.platform.orders.domain;

/**
 * Stripe did not do what was asked. {@code transientFailure}: it could not be reached or failed on
 * its side, so the request may or may not have taken effect, and repeating it with the same
 * idempotency key is how to find out. Otherwise Stripe refused the request and nothing happened.
 */
public class GatewayFailure extends RuntimeException {

    private final boolean transientFailure;

    public GatewayFailure(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
