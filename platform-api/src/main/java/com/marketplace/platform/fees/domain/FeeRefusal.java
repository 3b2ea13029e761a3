package com.marketplace.platform.fees.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** A fee change refused by the schedule's rules. */
public class FeeRefusal extends Refusal {

    public enum Reason {
        SELLER_NOT_FOUND
    }

    public FeeRefusal(Reason reason, String message) {
        super(reason, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
