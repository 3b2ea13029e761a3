package com.marketplace.platform.orders.domain;

import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What an order costs and what the platform takes, computed once from the product's price in the
 * database, the promotion code the buyer entered (as Stripe reports it) and the fee schedule at the
 * moment the session is created, then frozen on the order.
 *
 * <p>The fee is taken of what the buyer pays ({@link #total}: the subtotal less the discount), never
 * of the subtotal: the platform shares the discount with the seller in proportion, and a fee can
 * never exceed the charge (Stripe would refuse the payment).
 */
public record OrderPricing(Money unitPrice, int quantity, Money subtotal, Optional<Discount> discount, FeeRate rate, Money fee) {

    public OrderPricing {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(fee, "fee");
        if (quantity < 1) {
            throw new IllegalArgumentException("An order is for at least one item, got " + quantity);
        }
        discount.map(Discount::amount).ifPresent(amount -> {
            if (!amount.currency().equals(subtotal.currency()) || amount.minorUnits() > subtotal.minorUnits()) {
                throw new IllegalArgumentException("A discount of " + amount + " cannot apply to a subtotal of " + subtotal);
            }
        });
    }

    public static OrderPricing of(Money unitPrice, int quantity, FeeRate rate) {
        return of(unitPrice, quantity, rate, Optional.empty());
    }

    /** {@code discount} is worked out on {@code unitPrice * quantity} (see {@link PromotionCode#discountOn}). */
    public static OrderPricing of(Money unitPrice, int quantity, FeeRate rate, Optional<Discount> discount) {
        Money subtotal = unitPrice.times(quantity);
        Money total = new Money(subtotal.minorUnits() - discount.map(d -> d.amount().minorUnits()).orElse(0L), subtotal.currency());
        return new OrderPricing(unitPrice, quantity, subtotal, discount, rate, rate.feeFor(total));
    }

    public Money discountAmount() {
        return discount.map(Discount::amount).orElseGet(() -> new Money(0, subtotal.currency()));
    }

    /** What the buyer pays: the subtotal less the discount; the session's {@code amount_total} must come out the same. */
    public Money total() {
        return new Money(subtotal.minorUnits() - discountAmount().minorUnits(), subtotal.currency());
    }
}
