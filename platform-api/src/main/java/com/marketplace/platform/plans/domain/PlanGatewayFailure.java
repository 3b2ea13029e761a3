package com.marketplace.platform.plans.domain;

/**
 * Stripe did not do what a plan needed. {@code transientFailure}: it could not be reached or failed
 * on its side; repeating the command (same idempotency keys) finishes the work. Otherwise Stripe
 * refused the request.
 */
public class PlanGatewayFailure extends RuntimeException {

    private final boolean transientFailure;

    public PlanGatewayFailure(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
