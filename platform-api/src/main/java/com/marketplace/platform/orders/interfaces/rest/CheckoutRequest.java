package com.marketplace.platform.orders.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a buyer may choose: which product, how many, and optionally a promotion code. Anything else
 * in the body (a price, a fee, a discount, a seller) is not read: those come from the database and
 * from Stripe.
 */
public record CheckoutRequest(
        @NotNull @Positive Long productId,
        @NotNull @Min(1) @Max(CheckoutRequest.MAX_QUANTITY) Integer quantity,
        @Size(max = CheckoutRequest.MAX_PROMOTION_CODE_LENGTH) String promotionCode) {

    public static final int MAX_PROMOTION_CODE_LENGTH = 100;

    public static final int MAX_QUANTITY = 1_000;
}
