package com.marketplace.platform.orders.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.SellerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Orders, and the conditional updates that move them. Each move names the states it may leave and
 * answers whether it changed the row: {@code false} means another path got there first, and the
 * caller must not run the move's side effects.
 */
public interface OrderRepository {

    Order add(Order order);

    Optional<Order> find(OrderId id);

    /** The order as the database has it now, even if this transaction read it before a conditional update. */
    Optional<Order> current(OrderId id);

    /** The order with its row locked until the transaction ends (refund requests queue on it). */
    Optional<Order> findForUpdate(OrderId id);

    Optional<Order> findBySession(String checkoutSessionId);

    Optional<Order> findByPaymentIntent(String paymentIntentId);

    List<Order> list(Optional<SellerId> seller, Optional<OrderStatus> status, int offset, int limit);

    /** Unsettled orders last looked at before {@code notSince}, oldest first: the reconciler's work. */
    List<Order> unsettledSince(Instant notSince, int limit);

    boolean attachSession(OrderId id, String sessionId, String url, Instant expiresAt, Instant now);

    boolean markReconciled(OrderId id, Instant now);

    boolean move(OrderId id, OrderStatus target, Optional<String> problem, Instant now);

    /** PENDING/AWAITING_PAYMENT to PAID with what Stripe charged; the fee is 0 when nothing was charged. */
    boolean markPaid(OrderId id, long amountTotal, long applicationFee, Optional<String> paymentIntentId, Instant now);

    /** {@code stock = stock - quantity WHERE stock >= quantity}: false when the stock is short, which changes nothing. */
    boolean takeStock(ProductId product, int quantity, Instant now);

    /**
     * Puts an order's items back on the shelf, once per order. Only for an order whose stock was
     * taken: refunds that ask for it start from PAID or PARTIALLY_REFUNDED, never from out of stock.
     */
    boolean restock(Order order, Instant now);

    /** Raises the refunded amount to Stripe's figure (never lowers it) and moves the status to match. */
    boolean recordRefunded(OrderId id, long amountRefunded, Instant now);

    /**
     * The order as the database has it now, its row locked until the transaction ends: for a move
     * decided by the aggregate ({@link Order#disputeMove}) on what it holds, not on what this
     * transaction read of it before.
     */
    Optional<Order> currentForUpdate(OrderId id);

    /** Applies a dispute move if the order is still in the state it was decided from. */
    boolean applyDispute(OrderId id, DisputeMove move, Instant now);
}
