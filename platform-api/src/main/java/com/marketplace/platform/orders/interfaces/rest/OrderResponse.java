package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderRefund;
import java.time.Instant;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderTransfer;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order as its seller and the admin see it: the buyer's view plus the frozen fee, the payment's
 * routing, its Stripe ids, disputes (with the deadline for evidence) and refunds.
 */
public record OrderResponse(@Schema(example = "42") long id,
                            @Schema(example = "PAID") String status,
                            @Schema(example = "7") long sellerId,
                            @Schema(example = "12") long productId,
                            @Schema(example = "Linen tote bag") String productName,
                            @Schema(example = "2") int quantity,
                            @Schema(example = "1250") long unitAmount,
                            @Schema(example = "2500") long amountSubtotal,
                            @Schema(example = "2500") long amountTotal,
                            @Schema(example = "275") long applicationFeeAmount,
                            @Schema(example = "1000") int feeBasisPoints,
                            @Schema(example = "25") long feeFixedAmount,
                            @Schema(example = "0") long amountRefunded,
                            @Schema(example = "eur") String currency,
                            @Schema(example = "DESTINATION") String chargeType,
                            @Schema(example = "acct_1Nv0FGQ9RKHgCVdK") String stripeAccountId,
                            @Schema(example = "cs_test_a1b2c3") String checkoutSessionId,
                            @Schema(example = "pi_3Nv1AbQ9RKHgCVdK0a1b2c3d") String paymentIntentId,
                            @Schema(example = "dp_1Nv2EfQ9RKHgCVdK") String disputeId,
                            @Schema(example = "2026-03-24T23:59:59Z") Instant disputeEvidenceDueBy,
                            @Schema(example = "needs_response") String disputeStatus,
                            @Schema(example = "Paid after the last item was sold: refunded in full") String problem,
                            @Schema(example = "false") boolean restocked,
                            @Schema(example = "2026-03-14T09:26:53Z") Instant createdAt,
                            @Schema(example = "2026-03-14T09:31:10Z") Instant paidAt,
                            List<RefundResponse> refunds,
                            @Schema(example = "0") long amountDiscount,
                            @Schema(example = "promo_1Nv0JkQ9RKHgCVdK") String promotionCodeId,
                            @Schema(example = "31") long purchaseId,
                            @Schema(example = "false") boolean separateTransfer,
                            List<OrderLineResponse> lines,
                            TransferResponse transfer) {

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
