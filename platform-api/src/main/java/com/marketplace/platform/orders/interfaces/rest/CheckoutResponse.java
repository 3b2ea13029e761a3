package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.checkout.CheckoutService.StartedCheckout;
import com.marketplace.platform.orders.domain.Order;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A started checkout: send the buyer to {@code url}. {@code orderToken} is shown once; with it the
 * buyer can read their order ({@code GET /api/orders/{orderId}}, header {@code X-Order-Token}).
 * {@code amountTotal} is what the buyer will pay: {@code amountSubtotal} less {@code amountDiscount}.
 */
public record CheckoutResponse(@Schema(example = "31") long purchaseId,
                               @Schema(example = "42") long orderId,
                               @Schema(example = "cs_test_a1b2c3") String sessionId,
                               @Schema(example = "https://checkout.stripe.com/c/pay/cs_test_a1b2c3") String url,
                               @Schema(example = "ot_9f8e7d6c5b4a3f2e1d0c") String orderToken,
                               @Schema(example = "AWAITING_PAYMENT") String status,
                               @Schema(example = "2500") long amountTotal,
                               @Schema(example = "eur") String currency,
                               @Schema(example = "2500") long amountSubtotal,
                               @Schema(example = "0") long amountDiscount) {

    static CheckoutResponse of(StartedCheckout started) {
        Order order = started.order();
        return new CheckoutResponse(order.purchaseId().value(), order.id().value(), order.checkoutSessionId().orElse(null), order.checkoutUrl().orElse(null),
                started.buyerToken(), order.status().name(), order.total().minorUnits(), order.currency().value(),
                order.subtotal().minorUnits(), order.discountAmount().minorUnits());
    }
}
