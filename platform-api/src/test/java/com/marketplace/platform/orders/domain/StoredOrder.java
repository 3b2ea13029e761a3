package com.marketplace.platform.orders.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.kernel.ids.SellerId;
import java.lang.reflect.Field;
import java.time.Instant;

/**
 * An order as the database holds it after some moves. Orders change only by conditional UPDATEs,
 * never through setters, so the rules' tests set the columns by reflection, as Hibernate loads
 * them: the same fields, by their names in {@link Order}.
 */
public final class StoredOrder {

    static final CurrencyCode EUR = CurrencyCode.of("eur");
    static final String REQUEST_KEY = "5f0c7a4e-2b7d-4c1e-9a55-0d6f3c2b1a90";

    private final Order order;

    private StoredOrder(Order order) {
        this.order = order;
    }

    /** A placed order of 3 x 20.00 EUR (total 6000), persisted as order 42. */
    public static StoredOrder placed() {
        Order order = Order.place(new ProductId(11), "Teapot", new SellerId(5), new PaymentRouting(ChargeType.DIRECT, "acct_seller1"),
                OrderPricing.of(new Money(2_000, EUR), 3, FeeRate.of(1_000, 30, EUR)), REQUEST_KEY, BuyerToken.hashOf("buyer-token"),
                Instant.parse("2030-01-01T12:00:00Z"));
        StoredOrder stored = new StoredOrder(order);
        stored.set("id", Long.valueOf(42));
        return stored;
    }

    /** Paid 6000 by payment intent pi_1, in the given state, with {@code refunded} of it refunded. */
    public static StoredOrder paid(OrderStatus status, long refunded) {
        return placed().set("status", status).set("paymentIntentId", "pi_1").set("amountRefunded", refunded);
    }

    StoredOrder disputed(String disputeId, String disputeStatus, OrderStatus before) {
        return set("status", OrderStatus.DISPUTED).set("disputeId", disputeId).set("disputeStatus", disputeStatus)
                .set("statusBeforeDispute", before);
    }

    StoredOrder set(String field, Object value) {
        try {
            Field column = Order.class.getDeclaredField(field);
            column.setAccessible(true);
            column.set(order, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Order has no settable field " + field, e);
        }
        return this;
    }

    public Order order() {
        return order;
    }
}
