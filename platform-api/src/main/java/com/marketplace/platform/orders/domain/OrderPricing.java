package com.marketplace.platform.orders.domain;

import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.money.Money;
import java.util.Objects;

/**
 * What an order costs and what the platform takes, computed once from the product's price in the
 * database and the fee schedule at the moment the session is created, then frozen on the order.
 */
public record OrderPricing(Money unitPrice, int quantity, Money subtotal, FeeRate rate, Money fee) {

    public OrderPricing {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(rate, "rate");
        if (quantity < 1) {
            throw new IllegalArgumentException("An order is for at least one item, got " + quantity);
        }
    }

    public static OrderPricing of(Money unitPrice, int quantity, FeeRate rate) {
        Money subtotal = unitPrice.times(quantity);
        return new OrderPricing(unitPrice, quantity, subtotal, rate, rate.feeFor(subtotal));
    }
}
