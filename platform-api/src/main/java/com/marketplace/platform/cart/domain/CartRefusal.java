package com.marketplace.platform.cart.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** A change to a cart refused by the cart's rules; the cart is left as it was. */
public class CartRefusal extends Refusal {

    public enum Reason {
        /** One payment is in one currency: a product priced in another than the cart's lines cannot join them. */
        MIXED_CURRENCIES,
        PRODUCT_NOT_FOUND,
        INSUFFICIENT_STOCK,
        VALIDATION_FAILED
    }

    public CartRefusal(Reason reason, String message) {
        super(reason, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
