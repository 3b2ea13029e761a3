package com.marketplace.platform.orders.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The movements after a purchase's transfers; every change of a row is a conditional update, leases included. */
public interface MoneyMovementOutbox {

    /** Adds the movement unless one with its key exists (a decision taken twice is one movement); answers whether it added it. */
    boolean add(MoneyMovement movement);

    Optional<MoneyMovement> find(long id);

    Optional<MoneyMovement> byKey(String requestKey);

    List<MoneyMovement> ofPurchase(PurchaseId purchase);

    List<MoneyMovement> ofOrder(OrderId order);

    /** PENDING or UNRECOVERED rows whose next attempt is due, oldest first. */
    List<Long> due(Instant now, int limit);

    /** Takes the lease of a PENDING or UNRECOVERED row that is due and free; counts an attempt. */
    boolean lease(long id, Instant now, Instant leaseUntil);

    /** Stripe made it; {@code transferId}: the transfer reversed, when it was learnt only now. */
    boolean done(long id, String stripeObjectId, Optional<String> transferId, Instant now);

    /** Nothing to move (the transfer was never made). */
    boolean nothing(long id, String why, Instant now);

    /** Stripe could not be reached: PENDING again at {@code nextAttemptAt}. */
    boolean retryLater(long id, String error, Instant nextAttemptAt, Instant now);

    /**
     * Stripe refused it ({@code failure}, e.g. balance_insufficient): UNRECOVERED; tried again at
     * {@code nextAttemptAt}, or never again when empty (left for the admin).
     */
    boolean unrecovered(long id, String failure, String error, Optional<Instant> nextAttemptAt, Instant now);
}
