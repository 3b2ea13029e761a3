package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderLine;
import java.time.Instant;
import java.util.List;

/** An order as its buyer sees it: what they bought and paid, and where it stands; nothing of fees or accounts. */
public record BuyerOrderResponse(long id, String status, long productId, String productName, int quantity, long unitAmount,
                                 long amountSubtotal, long amountTotal, long amountRefunded, String currency,
                                 Instant createdAt, Instant paidAt, long amountDiscount, long purchaseId,
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
