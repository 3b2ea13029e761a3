package com.marketplace.platform.payouts.domain;

/** Stripe could not answer a read of seller money: {@code transientFailure} when it could not be reached (asking again may work). */
public class PayoutGatewayFailure extends RuntimeException {

    private final boolean transientFailure;

    public PayoutGatewayFailure(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
