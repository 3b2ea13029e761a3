package com.marketplace.platform.catalog.interfaces.rest;

import com.marketplace.platform.catalog.domain.Product;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as the API shows it; the entity itself never leaves the server. */
@JsonbPropertyOrder({"id", "sellerId", "name", "description", "price", "stock", "active"})
public record ProductResponse(@Schema(example = "12") long id,
                              @Schema(example = "7") long sellerId,
                              @Schema(example = "Linen tote bag") String name,
                              @Schema(example = "Hand-stitched tote bag in natural linen") String description,
                              PriceResponse price,
                              @Schema(example = "14") int stock,
                              @Schema(example = "true") boolean active) {

    static ProductResponse of(Product product) {
        return new ProductResponse(product.id().value(), product.sellerId().value(), product.name(),
                product.description(), PriceResponse.of(product), product.stock(), product.isActive());
    }

    /** Integer minor units and a lowercase ISO currency, exactly as Stripe takes them. */
    @JsonbPropertyOrder({"amount", "currency"})
    public record PriceResponse(@Schema(example = "2500") long amount,
                                @Schema(example = "eur") String currency) {

        static PriceResponse of(Product product) {
            return new PriceResponse(product.price().minorUnits(), product.price().currency().value());
        }
    }
}
