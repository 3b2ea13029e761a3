package com.marketplace.platform.orders.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the API description states {@code POST /api/checkout}'s answer: {@link CheckoutResponse} (one
 * product) and {@link PurchaseCheckoutResponse} (a cart) in one shape, so a generated client reads
 * either without guessing which; {@code orderId} or {@code orderIds} is set. Never built: the
 * resource answers one of the two records ({@code CheckoutStartedTest} keeps this their union).
 */
@Schema(name = "CheckoutStarted", description = "A started checkout: send the buyer to url. orderId for one product,"
        + " orderIds (one order per seller) for a cart; orderToken is shown once and reads the orders (header X-Order-Token)")
record CheckoutStarted(long purchaseId, Long orderId, List<Long> orderIds, String sessionId, String url, String orderToken,
                       String status, long amountTotal, String currency, Long amountSubtotal, Long amountDiscount) {
}
