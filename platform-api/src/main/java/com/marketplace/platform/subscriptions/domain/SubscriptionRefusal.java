package com.marketplace.platform.subscriptions.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** A subscription command refused by the subscriptions' rules. */
public class SubscriptionRefusal extends Refusal {

    public enum Reason {
        /** No such subscription or plan, or one the caller may not see: the two are not told apart. */
        NOT_FOUND,
        /** Only a signed-in buyer subscribes. */
        FORBIDDEN,
        /** The plan's seller cannot sell now. */
        SELLER_NOT_ACTIVE,
        /** The plan's seller is paused by Stripe; the message says why. */
        SELLER_PAUSED,
        /** The plan's seller deauthorized the platform. */
        SELLER_DISCONNECTED,
        /** The subscription or the plan is not in a state the command needs (not offered, ended, another seller's plan...). */
        CONFLICT
    }

    public SubscriptionRefusal(Reason reason, String message) {
        super(reason, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
