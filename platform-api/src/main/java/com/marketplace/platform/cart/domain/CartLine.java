package com.marketplace.platform.cart.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import java.util.Objects;

/**
 * A product in a cart and how many of it. No price: a cart's prices are read from the products each
 * time the cart is shown or checked out, so a seller's new price is the one the buyer sees and pays.
 */
public record CartLine(ProductId product, int quantity) {

    public CartLine {
        Objects.requireNonNull(product, "product");
        if (quantity < 1 || quantity > Cart.MAX_QUANTITY) {
            throw new IllegalArgumentException("A cart line holds 1 to " + Cart.MAX_QUANTITY + ", not " + quantity);
        }
    }
}
