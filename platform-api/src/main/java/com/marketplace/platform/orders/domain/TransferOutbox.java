package com.marketplace.platform.orders.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The transfer outbox; every change of a row is a conditional update, leases included. */
public interface TransferOutbox {

    /** Adds the row unless the order already has one (a confirmation that runs twice owes one transfer). */
    boolean add(OrderTransfer transfer);

    Optional<OrderTransfer> find(long transferId);

    Optional<OrderTransfer> ofOrder(OrderId order);

    Optional<OrderTransfer> byStripeId(String stripeTransferId);

    List<Long> due(Instant now, int limit);

    /** Takes the row's lease if it is PENDING, due and not leased; counts an attempt. */
    boolean lease(long transferId, Instant now, Instant leaseUntil);

    /** Stores the charge the transfer is made from, once read from the payment intent. */
    boolean recordSource(long transferId, String chargeId, Instant now);

    boolean sent(long transferId, String stripeTransferId, Instant now);

    boolean retryLater(long transferId, String error, Instant nextAttemptAt, Instant now);

    boolean failed(long transferId, String error, Instant now);

    /** Stripe's view of the transfer (re-fetched): its id and the amount reversed, only ever upwards. */
    boolean recordStripe(OrderId order, String stripeTransferId, long amountReversed, Instant now);
}
