package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.ids.BuyerId;
import java.util.Objects;

/** The buyer with an account an order is placed for, as the checkout needs them: who, and the email Stripe is given. */
public record OrderBuyer(BuyerId id, String email) {

    public OrderBuyer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }
}
