package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderLine;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order as its buyer sees it: what they bought and paid, and where it stands; nothing of fees or accounts. */
public record BuyerOrderResponse(@Schema(example = "42") long id,
                                 @Schema(example = "PAID") String status,
                                 @Schema(example = "12") long productId,
                                 @Schema(example = "Linen tote bag") String productName,
                                 @Schema(example = "2") int quantity,
                                 @Schema(example = "1250") long unitAmount,
                                 @Schema(example = "2500") long amountSubtotal,
                                 @Schema(example = "2500") long amountTotal,
                                 @Schema(example = "0") long amountRefunded,
                                 @Schema(example = "eur") String currency,
                                 @Schema(example = "2026-03-14T09:26:53Z") Instant createdAt,
                                 @Schema(example = "2026-03-14T09:31:10Z") Instant paidAt,
                                 @Schema(example = "0") long amountDiscount,
                                 @Schema(example = "31") long purchaseId,
                                 List<OrderLineResponse> lines) {

    static BuyerOrderResponse of(Order order, List<OrderLine> lines) {
        BuyerOrderResponse base = of(order);
        return new BuyerOrderResponse(base.id(), base.status(), base.productId(), base.productName(), base.quantity(), base.unitAmount(),
                base.amountSubtotal(), base.amountTotal(), base.amountRefunded(), base.currency(), base.createdAt(), base.paidAt(),
                base.amountDiscount(), base.purchaseId(), lines.stream().map(OrderLineResponse::of).toList());
    }

    static BuyerOrderResponse of(Order order) {
        return new BuyerOrderResponse(order.id().value(), order.status().name(), order.productId().value(), order.productName(),
                order.quantity(), order.unitPrice().minorUnits(), order.subtotal().minorUnits(), order.total().minorUnits(),
                order.refunded().minorUnits(), order.currency().value(), order.createdAt(), order.paidAt().orElse(null),
                order.discountAmount().minorUnits(), order.purchaseId().value(), null);
    }
}
