package com.marketplace.platform.plans.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** A plan or a change to one refused by the plans' rules. */
public class PlanRefusal extends Refusal {

    public enum Reason {
        /** No such plan, or another seller's: the two are not told apart. */
        NOT_FOUND,
        SELLER_NOT_FOUND,
        /** The seller has no connected account yet: a plan's Price lives on, or pays out to, that account. */
        STRIPE_ACCOUNT_MISSING,
        /** A retired plan cannot be edited; or a concurrent change won. */
        CONFLICT
    }

    public PlanRefusal(Reason reason, String message) {
        super(reason, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
