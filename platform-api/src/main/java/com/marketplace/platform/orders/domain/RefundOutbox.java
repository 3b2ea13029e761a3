package com.marketplace.platform.orders.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The refunds owed to buyers, and the conditional updates that carry them out once. */
public interface RefundOutbox {

    OrderRefund add(OrderRefund refund);

    Optional<OrderRefund> find(long refundId);

    List<OrderRefund> of(OrderId order);

    /** What is already promised back on an order: refunds pending or done. */
    long amountPromised(OrderId order);

    /** Ids of PENDING refunds due now and not leased by anyone, oldest first. */
    List<Long> due(Instant now, int limit);

    /** Takes a due refund for {@code leaseUntil}; false when it is done, not due, or someone else holds it. */
    boolean lease(long refundId, Instant now, Instant leaseUntil);

    /** Takes a refund whether or not it is due yet (its requester sends it at once); false when done or held by someone else. */
    boolean leaseNow(long refundId, Instant now, Instant leaseUntil);

    boolean succeeded(long refundId, String stripeRefundId, Instant now);

    boolean retryLater(long refundId, String error, Instant nextAttemptAt, Instant now);

    boolean failed(long refundId, String error, Instant now);
}
