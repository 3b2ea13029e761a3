package com.marketplace.platform.cart.interfaces.rest;

import com.marketplace.platform.cart.domain.Cart;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product to put in the cart, and how many more of it (1 when left out). No price: prices are the products'. */
public record CartItemRequest(@Schema(example = "12") @NotNull @Positive Long productId,
                              @Schema(example = "2") @Min(1) @Max(Cart.MAX_QUANTITY) Integer quantity) {
}
