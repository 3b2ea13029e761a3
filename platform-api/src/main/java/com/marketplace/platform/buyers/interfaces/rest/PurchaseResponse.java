package com.marketplace.platform.buyers.interfaces.rest;

import com.marketplace.platform.orders.domain.Order;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of a buyer's purchases: what, how much, where it stands; nothing of fees or accounts. */
public record PurchaseResponse(@Schema(example = "42") long orderId,
                               @Schema(example = "12") long productId,
                               @Schema(example = "Linen tote bag") String productName,
                               @Schema(example = "2") int quantity,
                               @Schema(example = "2500") long amountTotal,
                               @Schema(example = "0") long amountRefunded,
                               @Schema(example = "eur") String currency,
                               @Schema(example = "PAID") String status,
                               @Schema(example = "2026-03-14T09:26:53Z") Instant createdAt,
                               @Schema(example = "2026-03-14T09:31:10Z") Instant paidAt) {

    static PurchaseResponse of(Order order) {
        return new PurchaseResponse(order.id().value(), order.productId().value(), order.productName(), order.quantity(),
                order.total().minorUnits(), order.refunded().minorUnits(), order.currency().value(), order.status().name(),
                order.createdAt(), order.paidAt().orElse(null));
    }
}
