package com.marketplace.platform.orders.domain;

/** An order's number, as buyers, sellers and Stripe's {@code metadata.order_id} see it. */
public record OrderId(long value) {

    public OrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("An order id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
