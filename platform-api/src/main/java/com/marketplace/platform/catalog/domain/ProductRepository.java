package com.marketplace.platform.catalog.domain;

import java.util.List;
import java.util.Optional;

public interface ProductRepository {

    Optional<Product> find(ProductId id);

    /** Products offered to buyers, oldest first, one page at a time. */
    List<Product> listActive(int offset, int limit);
}
