package com.marketplace.platform.orders.domain;

import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.Money;
import java.util.List;
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

    /**
     * An order of several lines (one seller's part of a cart): the subtotal is the lines' sum, the
     * fee is taken of what the buyer pays for this order; {@code unitPrice} and {@code quantity}
     * summarise the lines (the first line's price, the items in all), the lines themselves are kept
     * on the order.
     */
    public static OrderPricing ofLines(List<PricedLine> lines, FeeRate rate, Optional<Discount> discount) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one line");
        }
        if (lines.size() == 1) {
            return of(lines.get(0).unitPrice(), lines.get(0).quantity(), rate, discount);
        }
        long subtotalUnits = 0;
        int items = 0;
        for (PricedLine line : lines) {
            subtotalUnits = Math.addExact(subtotalUnits, line.subtotal().minorUnits());
            items = Math.addExact(items, line.quantity());
        }
        Money subtotal = new Money(subtotalUnits, lines.get(0).unitPrice().currency());
        Money total = new Money(subtotalUnits - discount.map(d -> d.amount().minorUnits()).orElse(0L), subtotal.currency());
        return new OrderPricing(lines.get(0).unitPrice(), items, subtotal, discount, rate, rate.feeFor(total));
    }

    public Money discountAmount() {
        return discount.map(Discount::amount).orElseGet(() -> new Money(0, subtotal.currency()));
    }

    /** What the buyer pays: the subtotal less the discount; the session's {@code amount_total} must come out the same. */
    public Money total() {
        return new Money(subtotal.minorUnits() - discountAmount().minorUnits(), subtotal.currency());
    }
}
