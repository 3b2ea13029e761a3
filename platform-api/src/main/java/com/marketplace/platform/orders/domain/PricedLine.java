package com.marketplace.platform.orders.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.money.Money;
import java.util.Objects;

/** A line as checkout prices it: the product's price from the database times the quantity asked. */
public record PricedLine(ProductId productId, String productName, int quantity, Money unitPrice) {

    public PricedLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("A line is for at least one item, got " + quantity);
        }
    }

    public Money subtotal() {
        return unitPrice.times(quantity);
    }
}
