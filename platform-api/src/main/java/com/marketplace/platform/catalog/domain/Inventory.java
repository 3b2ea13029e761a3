package com.marketplace.platform.catalog.domain;

import java.time.Instant;

/**
 * The stock moves other features make on catalog's products: orders take stock when a payment is
 * confirmed and put it back when a refund asks for it. Each move also advances the product's
 * version, so a seller's edit made from a read before the move fails as a conflict instead of
 * writing the old stock back over it.
 */
public interface Inventory {

    /** {@code stock = stock - quantity} only if that much is left: false when the stock is short, which changes nothing. */
    boolean take(ProductId product, int quantity, Instant now);

    /** Puts {@code quantity} back on the product's stock. */
    void putBack(ProductId product, int quantity, Instant now);
}
