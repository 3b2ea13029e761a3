package com.marketplace.platform.cart.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.BuyerId;
import java.time.Instant;
import java.util.List;

/** Signed-in buyers' carts, a row per line (table {@code cart_lines}). */
public interface CartLines {

    /** The buyer's lines, oldest first. */
    List<CartLine> of(BuyerId buyer);

    /** Sets the line's quantity, adding the line when the buyer has none for that product. */
    void put(BuyerId buyer, CartLine line, Instant now);

    void remove(BuyerId buyer, ProductId product);

    void clear(BuyerId buyer);
}
