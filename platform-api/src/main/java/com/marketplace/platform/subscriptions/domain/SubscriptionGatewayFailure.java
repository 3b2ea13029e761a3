package com.marketplace.platform.subscriptions.domain;

/**
 * Stripe did not do what a subscription needed. {@code transientFailure}: it could not be reached
 * or failed on its side, and repeating the command (same idempotency keys) finishes the work;
 * otherwise Stripe refused the request.
 */
public class SubscriptionGatewayFailure extends RuntimeException {

    private final boolean transientFailure;

    public SubscriptionGatewayFailure(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
