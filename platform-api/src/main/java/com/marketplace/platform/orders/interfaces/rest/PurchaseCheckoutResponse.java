package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.checkout.CheckoutService.StartedPurchase;
import com.marketplace.platform.orders.domain.OrderId;
import java.util.List;

/**
 * A started checkout of a cart: send the buyer to {@code url}. {@code orderIds}: one order per
 * seller; {@code orderToken} (shown once) reads each of them ({@code GET /api/orders/{id}}, header
 * {@code X-Order-Token}) and the purchase ({@code GET /api/purchases/{purchaseId}}).
 * {@code amountTotal} is what the buyer will pay, in minor units of {@code currency}.
 */
public record PurchaseCheckoutResponse(long purchaseId, List<Long> orderIds, String sessionId, String url, String orderToken,
                                       long amountTotal, String currency) {

    static PurchaseCheckoutResponse of(StartedPurchase started) {
        return new PurchaseCheckoutResponse(started.purchaseId().value(), started.orderIds().stream().map(OrderId::value).toList(),
                started.sessionId(), started.url(), started.buyerToken(), started.amountTotal().minorUnits(),
                started.amountTotal().currency().value());
    }
}
