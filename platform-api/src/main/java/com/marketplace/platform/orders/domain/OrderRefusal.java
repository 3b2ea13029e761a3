package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** An order, a checkout or a refund refused by its rules. */
public class OrderRefusal extends Refusal {

    public enum Reason {
        ORDER_NOT_FOUND,
        PURCHASE_NOT_FOUND,
        /** A cart's products are priced in more than one currency. */
        MIXED_CURRENCIES,
        ORDER_NOT_REFUNDABLE,
        REFUND_EXCEEDS_REMAINING,
        PRODUCT_NOT_FOUND,
        PRODUCT_NOT_AVAILABLE,
        SELLER_NOT_ACTIVE,
        /** The seller is paused by Stripe (requirements past due, payments disabled); the message says why. */
        SELLER_PAUSED,
        /** The seller deauthorized the platform. */
        SELLER_DISCONNECTED,
        INSUFFICIENT_STOCK,
        PROMOTION_CODE_INVALID,
        /** Something the request relied on changed while it ran; trying again may succeed. */
        CONFLICT,
        /** The request asks for something no rule allows (an amount out of bounds). */
        VALIDATION_FAILED,
        /** Stripe did not answer; nothing was done. */
        STRIPE_UNAVAILABLE,
        /** Stripe refused; nothing was charged. */
        STRIPE_ERROR
    }

    public OrderRefusal(Reason reason, String message) {
        super(reason, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    public static OrderRefusal orderNotFound(OrderId id) {
        return new OrderRefusal(Reason.ORDER_NOT_FOUND, "No order with id " + id);
    }
}
