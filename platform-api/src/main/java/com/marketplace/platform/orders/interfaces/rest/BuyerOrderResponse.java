package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.Order;
import java.time.Instant;

/** An order as its buyer sees it: what they bought and paid, and where it stands; nothing of fees or accounts. */
public record BuyerOrderResponse(long id, String status, long productId, String productName, int quantity, long unitAmount,
                                 long amountSubtotal, long amountTotal, long amountRefunded, String currency,
                                 Instant createdAt, Instant paidAt, long amountDiscount) {

    static BuyerOrderResponse of(Order order) {
        return new BuyerOrderResponse(order.id().value(), order.status().name(), order.productId().value(), order.productName(),
                order.quantity(), order.unitPrice().minorUnits(), order.subtotal().minorUnits(), order.total().minorUnits(),
                order.refunded().minorUnits(), order.currency().value(), order.createdAt(), order.paidAt().orElse(null),
                order.discountAmount().minorUnits());
    }
}
