package com.marketplace.platform.fakes;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductImage;
import com.marketplace.platform.catalog.domain.ProductImages;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Pictures as a map by product. */
public final class InMemoryProductImages implements ProductImages {

    private final Map<Long, ProductImage> images = new HashMap<>();

    @Override
    public Optional<ProductImage> find(ProductId product) {
        return Optional.ofNullable(images.get(product.value()));
    }

    @Override
    public void put(ProductImage image) {
        images.put(image.productId().value(), image);
    }
}
