package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.checkout.CheckoutService.StartedCheckout;
import com.marketplace.platform.orders.domain.Order;

/**
 * A started checkout: send the buyer to {@code url}. {@code orderToken} is shown once; with it the
 * buyer can read their order ({@code GET /api/orders/{orderId}}, header {@code X-Order-Token}).
 * {@code amountTotal} is what the buyer will pay: {@code amountSubtotal} less {@code amountDiscount}.
 */
public record CheckoutResponse(long purchaseId, long orderId, String sessionId, String url, String orderToken, String status,
                               long amountTotal, String currency, long amountSubtotal, long amountDiscount) {

    static CheckoutResponse of(StartedCheckout started) {
        Order order = started.order();
        return new CheckoutResponse(order.purchaseId().value(), order.id().value(), order.checkoutSessionId().orElse(null), order.checkoutUrl().orElse(null),
                started.buyerToken(), order.status().name(), order.total().minorUnits(), order.currency().value(),
                order.subtotal().minorUnits(), order.discountAmount().minorUnits());
    }
}
