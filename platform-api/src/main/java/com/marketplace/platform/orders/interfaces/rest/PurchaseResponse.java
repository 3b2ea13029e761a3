package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.queries.OrderQueries.OrderPart;
import com.marketplace.platform.orders.queries.OrderQueries.PurchaseView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A purchase as its buyer (and the admin) sees it: what was paid in one payment, and each seller's
 * part of it. {@code routing}: DIRECT or DESTINATION (one seller, charged with their charge type) or
 * SEPARATE_TRANSFERS (several sellers: one charge on the platform, a transfer to each).
 */
public record PurchaseResponse(@Schema(example = "31") long id,
                               @Schema(example = "DESTINATION") String routing,
                               @Schema(example = "purchase_31") String transferGroup,
                               @Schema(example = "2500") long amountTotal,
                               @Schema(example = "eur") String currency,
                               @Schema(example = "2026-03-14T09:26:53Z") Instant createdAt,
                               List<Part> orders) {

    /** One seller's order: its state, its lines, what the buyer pays for it, and (admin only) its fee and transfer. */
    public record Part(@Schema(example = "42") long orderId,
                       @Schema(example = "7") long sellerId,
                       @Schema(example = "PAID") String status,
                       @Schema(example = "2500") long amountSubtotal,
                       @Schema(example = "0") long amountDiscount,
                       @Schema(example = "2500") long amountTotal,
                       @Schema(example = "0") long amountRefunded,
                       List<OrderLineResponse> lines,
                       @Schema(example = "275") Long applicationFeeAmount,
                       TransferResponse transfer) {
    }

    static PurchaseResponse of(PurchaseView view, boolean admin) {
        Purchase purchase = view.purchase();
        return new PurchaseResponse(purchase.id().value(), purchase.routing().name(), purchase.transferGroup().orElse(null),
                purchase.total().minorUnits(), purchase.currency().value(), purchase.createdAt(),
                view.orders().stream().map(part -> part(part, admin)).toList());
    }

    private static Part part(OrderPart part, boolean admin) {
        Order order = part.order();
        return new Part(order.id().value(), order.sellerId().value(), order.status().name(), order.subtotal().minorUnits(),
                order.discountAmount().minorUnits(), order.total().minorUnits(), order.refunded().minorUnits(),
                part.lines().stream().map(OrderLineResponse::of).toList(),
                admin ? order.applicationFee().minorUnits() : null,
                admin ? part.transfer().map(TransferResponse::of).orElse(null) : null);
    }
}
