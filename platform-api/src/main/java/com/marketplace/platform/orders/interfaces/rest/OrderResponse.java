package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderRefund;
import java.time.Instant;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderTransfer;
import java.util.List;
import java.util.Optional;

/**
 * An order as its seller and the admin see it: the buyer's view plus the frozen fee, the payment's
 * routing, its Stripe ids, disputes (with the deadline for evidence) and refunds.
 */
public record OrderResponse(long id, String status, long sellerId, long productId, String productName, int quantity,
                            long unitAmount, long amountSubtotal, long amountTotal, long applicationFeeAmount,
                            int feeBasisPoints, long feeFixedAmount, long amountRefunded, String currency, String chargeType,
                            String stripeAccountId, String checkoutSessionId, String paymentIntentId, String disputeId,
                            Instant disputeEvidenceDueBy,
                            String disputeStatus, String problem, boolean restocked, Instant createdAt, Instant paidAt,
                            List<RefundResponse> refunds, long amountDiscount, String promotionCodeId, long purchaseId,
                            boolean separateTransfer, List<OrderLineResponse> lines, TransferResponse transfer) {

    /** With its lines and, for a share of a purchase across sellers, its transfer. */
    static OrderResponse of(Order order, List<OrderRefund> refunds, List<OrderLine> lines, Optional<OrderTransfer> transfer) {
        OrderResponse base = of(order, refunds);
        return new OrderResponse(base.id(), base.status(), base.sellerId(), base.productId(), base.productName(), base.quantity(),
                base.unitAmount(), base.amountSubtotal(), base.amountTotal(), base.applicationFeeAmount(), base.feeBasisPoints(),
                base.feeFixedAmount(), base.amountRefunded(), base.currency(), base.chargeType(), base.stripeAccountId(),
                base.checkoutSessionId(), base.paymentIntentId(), base.disputeId(), base.disputeEvidenceDueBy(), base.disputeStatus(),
                base.problem(), base.restocked(), base.createdAt(), base.paidAt(), base.refunds(), base.amountDiscount(),
                base.promotionCodeId(), base.purchaseId(), base.separateTransfer(), lines.stream().map(OrderLineResponse::of).toList(),
                transfer.map(TransferResponse::of).orElse(null));
    }

    static OrderResponse of(Order order, List<OrderRefund> refunds) {
        return new OrderResponse(order.id().value(), order.status().name(), order.sellerId().value(), order.productId().value(),
                order.productName(), order.quantity(), order.unitPrice().minorUnits(), order.subtotal().minorUnits(),
                order.total().minorUnits(), order.applicationFee().minorUnits(), order.feeRate().basisPoints(),
                order.feeRate().fixed().minorUnits(), order.refunded().minorUnits(), order.currency().value(),
                order.routing().chargeType().name(), order.routing().sellerAccountId(), order.checkoutSessionId().orElse(null),
                order.paymentIntentId().orElse(null), order.disputeId().orElse(null),
                order.disputeEvidenceDueBy().orElse(null), order.disputeStatus().orElse(null),
                order.problem().orElse(null), order.isRestocked(), order.createdAt(), order.paidAt().orElse(null),
                refunds.stream().map(RefundResponse::of).toList(), order.discountAmount().minorUnits(),
                order.promotionCodeId().orElse(null), order.purchaseId().value(), order.isSeparateTransfer(), null, null);
    }

    /** In lists, without the refunds (one query per order would be too many). */
    static OrderResponse summary(Order order) {
        return of(order, List.of());
    }
}
