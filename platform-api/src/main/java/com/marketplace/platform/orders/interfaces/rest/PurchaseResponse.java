package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.queries.OrderQueries.OrderPart;
import com.marketplace.platform.orders.queries.OrderQueries.PurchaseView;
import java.time.Instant;
import java.util.List;

/**
 * A purchase as its buyer (and the admin) sees it: what was paid in one payment, and each seller's
 * part of it. {@code routing}: DIRECT or DESTINATION (one seller, charged with their charge type) or
 * SEPARATE_TRANSFERS (several sellers: one charge on the platform, a transfer to each).
 */
public record PurchaseResponse(long id, String routing, String transferGroup, long amountTotal, String currency, Instant createdAt,
                               List<Part> orders) {

    /** One seller's order: its state, its lines, what the buyer pays for it, and (admin only) its fee and transfer. */
    public record Part(long orderId, long sellerId, String status, long amountSubtotal, long amountDiscount, long amountTotal,
                       long amountRefunded, List<OrderLineResponse> lines, Long applicationFeeAmount, TransferResponse transfer) {
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
