package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.OrderRefund;
import java.time.Instant;

/** A refund of an order: asked for, or owed because the stock ran out; PENDING until Stripe has done it. */
public record RefundResponse(long id, long orderId, long amount, String reason, boolean restock, String status,
                             String stripeRefundId, int attempts, String lastError, Instant createdAt) {

    static RefundResponse of(OrderRefund refund) {
        return new RefundResponse(refund.id(), refund.orderId().value(), refund.amount(), refund.reason().name(), refund.restock(),
                refund.status().name(), refund.stripeRefundId().orElse(null), refund.attempts(), refund.lastError().orElse(null),
                refund.createdAt());
    }
}
