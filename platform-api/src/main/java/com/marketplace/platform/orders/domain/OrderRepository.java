package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.ids.BuyerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Orders, and the conditional updates that move them. The order decides a move ({@link Order}); the
 * repository only applies it ({@link #apply}) and answers whether it changed the row: {@code false}
 * means another path got there first, and the caller must not run the move's side effects.
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

    /** One page of the orders, newest first, of the seller and in the status when given. */
    Page<Order> list(Optional<SellerId> seller, Optional<OrderStatus> status, PageRequest page);

    /** Unsettled orders last looked at before {@code notSince}, oldest first: the reconciler's work. */
    List<Order> unsettledSince(Instant notSince, int limit);

    boolean attachSession(OrderId id, String sessionId, String url, Instant expiresAt, Instant now);

    boolean markReconciled(OrderId id, Instant now);

    /**
     * Writes a move the order decided, as one UPDATE that names the states it may leave: false when
     * the order is no longer in one of them (another path made a move first), which changes nothing.
     */
    boolean apply(OrderTransition transition);

    /**
     * Marks an order's items as put back on the shelf, once per order: false if they already were.
     * Only for an order whose stock was taken (refunds that ask for it start from PAID or
     * PARTIALLY_REFUNDED, never from out of stock); the stock itself is catalog's ({@code Inventory}).
     */
    boolean markRestocked(OrderId id, Instant now);

    /**
     * Stores the email the buyer gave Stripe (the re-fetched session's {@code customer_details.email}),
     * once: an order that has one (a signed-in buyer's, or one read before) keeps it.
     */
    boolean recordBuyerEmail(OrderId id, String email, Instant now);

    /**
     * The order as the database has it now, its row locked until the transaction ends: for a move
     * decided by the aggregate ({@link Order#disputeMove}) on what it holds, not on what this
     * transaction read of it before.
     */
    Optional<Order> currentForUpdate(OrderId id);

    /**
     * A buyer's purchases, newest first: the orders placed while they were signed in, and the guest
     * orders whose Checkout Session gave their email (their purchases before they had an account).
     * Checkouts that expired unpaid are left out: nothing was bought.
     */
    List<Order> ofBuyer(BuyerId buyer, String email, int limit);
}
