package com.marketplace.platform.catalog.domain;

import java.util.Optional;

/** Where products' pictures are kept, apart from the products so that lists never load them. */
public interface ProductImages {

    Optional<ProductImage> find(ProductId product);

    /** Keeps {@code image} as its product's picture, replacing any it had. */
    void put(ProductImage image);
}
