package com.marketplace.platform.orders.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The read side of the sales report: the orders whose money was taken in a period, per day. */
public interface SalesFigures {

    /**
     * The states of an order whose buyer was charged: paid, then possibly refunded (in part or in
     * full), disputed, or refunded because the stock ran out. Gross volume counts them all, as
     * Stripe's balance does; what went back is reported beside it as refunded, not subtracted.
     * PENDING, AWAITING_PAYMENT, PAYMENT_FAILED and EXPIRED took nothing.
     */
    Set<OrderStatus> MONEY_TAKEN = EnumSet.of(OrderStatus.PAID, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED,
            OrderStatus.DISPUTED, OrderStatus.PAID_OUT_OF_STOCK);

    /**
     * The orders in one of the {@link #MONEY_TAKEN} states paid at or after {@code from} and before
     * {@code until}, added up per UTC day of their payment and currency: one entry per day and
     * currency with a sale, in no particular order.
     */
    List<DailySales> paidPerDay(Instant from, Instant until);
}
