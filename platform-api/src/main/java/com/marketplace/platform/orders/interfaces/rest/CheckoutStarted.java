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
record CheckoutStarted(@Schema(example = "31") long purchaseId,
                       @Schema(example = "42") Long orderId,
                       List<Long> orderIds,
                       @Schema(example = "cs_test_a1b2c3") String sessionId,
                       @Schema(example = "https://checkout.stripe.com/c/pay/cs_test_a1b2c3") String url,
                       @Schema(example = "ot_9f8e7d6c5b4a") String orderToken,
                       @Schema(example = "PENDING") String status,
                       @Schema(example = "2500") long amountTotal,
                       @Schema(example = "eur") String currency,
                       @Schema(example = "3000") Long amountSubtotal,
                       @Schema(example = "500") Long amountDiscount) {
}
