package com.marketplace.platform.buyers.interfaces.rest;

import com.marketplace.platform.orders.domain.Order;
import java.time.Instant;

/** One of a buyer's purchases: what, how much, where it stands; nothing of fees or accounts. */
public record PurchaseResponse(long orderId, long productId, String productName, int quantity, long amountTotal,
                               long amountRefunded, String currency, String status, Instant createdAt, Instant paidAt) {

    static PurchaseResponse of(Order order) {
        return new PurchaseResponse(order.id().value(), order.productId().value(), order.productName(), order.quantity(),
                order.total().minorUnits(), order.refunded().minorUnits(), order.currency().value(), order.status().name(),
                order.createdAt(), order.paidAt().orElse(null));
    }
}
