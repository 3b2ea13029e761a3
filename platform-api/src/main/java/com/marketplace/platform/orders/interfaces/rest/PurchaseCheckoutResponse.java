package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.checkout.CheckoutService.StartedPurchase;
import com.marketplace.platform.orders.domain.OrderId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A started checkout of a cart: send the buyer to {@code url}. {@code orderIds}: one order per
 * seller; {@code orderToken} (shown once) reads each of them ({@code GET /api/orders/{id}}, header
 * {@code X-Order-Token}) and the purchase ({@code GET /api/purchases/{purchaseId}}).
 * {@code amountTotal} is what the buyer will pay, in minor units of {@code currency}.
 */
public record PurchaseCheckoutResponse(@Schema(example = "31") long purchaseId,
                                       List<Long> orderIds,
                                       @Schema(example = "cs_test_a1b2c3") String sessionId,
                                       @Schema(example = "https://checkout.stripe.com/c/pay/cs_test_a1b2c3") String url,
                                       @Schema(example = "ot_9f8e7d6c5b4a3f2e1d0c") String orderToken,
                                       @Schema(example = "2500") long amountTotal,
                                       @Schema(example = "eur") String currency) {

    static PurchaseCheckoutResponse of(StartedPurchase started) {
        return new PurchaseCheckoutResponse(started.purchaseId().value(), started.orderIds().stream().map(OrderId::value).toList(),
                started.sessionId(), started.url(), started.buyerToken(), started.amountTotal().minorUnits(),
                started.amountTotal().currency().value());
    }
}
