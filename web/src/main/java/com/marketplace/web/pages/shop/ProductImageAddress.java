package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.domain.Product;
import java.util.Optional;

/**
 * Where a product's picture is served: {@code /products/{id}/image?v={digest}}. The digest names
 * the picture's version, so the address changes when the picture does and a browser may keep one
 * copy for as long as it likes ({@link ProductImageAnswer}).
 */
public final class ProductImageAddress {

    private ProductImageAddress() {
    }

    /** The picture's address, empty while the product has none. */
    public static Optional<String> of(Product product) {
        return product.imageDigest().map(digest -> "/products/" + product.id().value() + "/image?v=" + digest);
    }
}
