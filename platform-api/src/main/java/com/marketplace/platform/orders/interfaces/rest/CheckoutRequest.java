package com.marketplace.platform.orders.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * What a buyer may choose: which product and how many. Anything else in the body (a price, a fee,
 * a seller) is not read: those come from the database.
 */
public record CheckoutRequest(
        @NotNull @Positive Long productId,
        @NotNull @Min(1) @Max(CheckoutRequest.MAX_QUANTITY) Integer quantity) {

    public static final int MAX_QUANTITY = 1_000;
}
