package com.marketplace.platform.catalog.domain;

import com.marketplace.platform.kernel.money.Money;
import java.util.Objects;

/** What a seller says about a new product; validated at the API edge, guarded again by {@link Product}. */
public record ProductDetails(String name, String description, Money price, int stock, boolean active) {

    public ProductDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        description = description == null ? "" : description;
    }
}
