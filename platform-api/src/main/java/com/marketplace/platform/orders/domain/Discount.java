package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.money.Money;
import java.util.Objects;

/**
 * What a promotion code takes off an order: the code's Stripe id (sent on the session as
 * {@code discounts[0][promotion_code]}) and the amount, in the order's currency, that Stripe will
 * take off the same subtotal.
 */
public record Discount(String promotionCodeId, Money amount) {

    public Discount {
        Objects.requireNonNull(amount, "amount");
        if (promotionCodeId == null || !promotionCodeId.startsWith("promo_")) {
            throw new IllegalArgumentException("A discount comes from a promotion code (promo_...), got " + promotionCodeId);
        }
        if (amount.minorUnits() < 0) {
            throw new IllegalArgumentException("A discount takes something off, not adds: " + amount);
        }
    }
}
