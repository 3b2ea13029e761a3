package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.catalog.domain.ProductId;
import java.util.Objects;

/** One line a buyer asks to pay for: a product and how many. Nothing else of the buyer's is read (prices come from the database). */
public record CartItem(ProductId productId, int quantity) {

    public CartItem {
        Objects.requireNonNull(productId, "productId");
    }
}
