package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.OrderRefund;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refund of an order: asked for, or owed because the stock ran out; PENDING until Stripe has done it. */
public record RefundResponse(@Schema(example = "8") long id,
                             @Schema(example = "42") long orderId,
                             @Schema(example = "2500") long amount,
                             @Schema(example = "REQUESTED_BY_SELLER") String reason,
                             @Schema(example = "true") boolean restock,
                             @Schema(example = "SUCCEEDED") String status,
                             @Schema(example = "re_3Nv1AbQ9RKHgCVdK1q2w3e") String stripeRefundId,
                             @Schema(example = "1") int attempts,
                             @Schema(example = "Stripe answered 503; retried later") String lastError,
                             @Schema(example = "2026-03-14T09:26:53Z") Instant createdAt) {

    static RefundResponse of(OrderRefund refund) {
        return new RefundResponse(refund.id(), refund.orderId().value(), refund.amount(), refund.reason().name(), refund.restock(),
                refund.status().name(), refund.stripeRefundId().orElse(null), refund.attempts(), refund.lastError().orElse(null),
                refund.createdAt());
    }
}
