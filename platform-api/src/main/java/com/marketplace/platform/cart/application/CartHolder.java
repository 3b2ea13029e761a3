package com.marketplace.platform.cart.application;

import com.marketplace.platform.cart.domain.Cart;
import com.marketplace.platform.cart.domain.CartLine;
import com.marketplace.platform.catalog.domain.ProductId;

/**
 * Where a cart is kept: the page session for a guest (the web layer's), the {@code cart_lines}
 * table for a signed-in buyer ({@link Carts#storedFor}). The use cases read the cart, let it decide
 * the move, and write back only the line that changed.
 */
public interface CartHolder {

    Cart cart();

    /** Sets the line (adding it when the cart has none for its product). */
    void put(CartLine line);

    void remove(ProductId product);

    void clear();
}
