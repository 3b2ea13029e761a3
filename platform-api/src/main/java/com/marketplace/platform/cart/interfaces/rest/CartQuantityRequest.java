package com.marketplace.platform.cart.interfaces.rest;

import com.marketplace.platform.cart.domain.Cart;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line's new quantity. */
public record CartQuantityRequest(@Schema(example = "2") @NotNull @Min(1) @Max(Cart.MAX_QUANTITY) Integer quantity) {
}
