package com.marketplace.platform.cart.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import java.util.Optional;

/** The cart's port to the catalog: a product as buyers may see it now, empty when it is not on offer. */
public interface Shelf {

    Optional<ShelfProduct> offered(ProductId id);
}
