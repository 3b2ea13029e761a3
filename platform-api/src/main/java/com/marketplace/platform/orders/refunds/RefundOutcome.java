package com.marketplace.platform.orders.refunds;

import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.RefundStatus;
import java.util.Objects;

/**
 * What a refund request achieved by the time it answers: done at Stripe, left to the outbox because
 * Stripe did not answer (it is retried until it does), or refused by Stripe (recorded as failed for
 * an admin).
 */
public record RefundOutcome(OrderRefund refund) {

    public RefundOutcome {
        Objects.requireNonNull(refund, "refund");
    }

    public RefundStatus status() {
        return refund.status();
    }

    public boolean refundedNow() {
        return refund.status() == RefundStatus.SUCCEEDED;
    }

    public boolean refusedByStripe() {
        return refund.status() == RefundStatus.FAILED;
    }
}
