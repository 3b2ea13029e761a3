package com.marketplace.platform.orders.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Purchases and the lines of their orders. Session, payment intent and charge are stored by conditional updates. */
public interface PurchaseRepository {

    Purchase add(Purchase purchase);

    OrderLine addLine(OrderLine line);

    Optional<Purchase> find(PurchaseId id);

    /** The purchase re-read from the database (bulk updates bypass the persistence context). */
    Optional<Purchase> current(PurchaseId id);

    Optional<Purchase> findBySession(String checkoutSessionId);

    /** The orders of a purchase, by id (the order checkout made them in). */
    List<Order> ordersOf(PurchaseId id);

    List<OrderLine> linesOf(OrderId order);

    boolean attachSession(PurchaseId id, String sessionId, String url, Instant expiresAt, Instant now);

    /** Stores the payment once confirmed: what Stripe charged, its payment intent and charge; only once. */
    boolean recordPayment(PurchaseId id, long amountTotal, Optional<String> paymentIntentId, Optional<String> chargeId, Instant now);

    /** Purchases across sellers with an unsettled order idle since before {@code notSince}, for the reconciler. */
    List<PurchaseId> unsettledSince(Instant notSince, int limit);

    boolean markReconciled(PurchaseId id, Instant now);
}
