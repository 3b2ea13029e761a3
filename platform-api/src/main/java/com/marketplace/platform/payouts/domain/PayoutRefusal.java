package com.marketplace.platform.payouts.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** A seller-money request refused. */
public class PayoutRefusal extends Refusal {

    public enum Reason {
        /** No such seller, or not the caller: the two are not told apart. */
        SELLER_NOT_FOUND,
        /** The seller has no Stripe account yet, so no balance either. */
        STRIPE_ACCOUNT_MISSING,
        VALIDATION_FAILED
    }

    public PayoutRefusal(Reason reason, String message) {
        super(reason, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
