package com.marketplace.platform.catalog.interfaces.rest;

import com.marketplace.platform.catalog.domain.Product;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A product as the API shows it; the entity itself never leaves the server. */
@JsonbPropertyOrder({"id", "sellerId", "name", "description", "price", "stock", "active"})
public record ProductResponse(long id, long sellerId, String name, String description, PriceResponse price,
                              int stock, boolean active) {

    static ProductResponse of(Product product) {
        return new ProductResponse(product.id().value(), product.sellerId().value(), product.name(),
                product.description(), PriceResponse.of(product), product.stock(), product.isActive());
    }

    /** Integer minor units and a lowercase ISO currency, exactly as Stripe takes them. */
    @JsonbPropertyOrder({"amount", "currency"})
    public record PriceResponse(long amount, String currency) {

        static PriceResponse of(Product product) {
            return new PriceResponse(product.price().minorUnits(), product.price().currency().value());
        }
    }
}
