package com.marketplace.platform.catalog.application;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductRepository;
import com.marketplace.platform.shared.error.ApiException;
import com.marketplace.platform.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What buyers may read of the catalog. Read-only: no transaction of its own. */
@ApplicationScoped
public class CatalogQueries {

    private ProductRepository products;

    protected CatalogQueries() {
        // for CDI proxies
    }

    @Inject
    public CatalogQueries(ProductRepository products) {
        this.products = products;
    }

    public Product product(ProductId id) {
        return products.find(id).orElseThrow(() -> new ApiException(ErrorCode.PRODUCT_NOT_FOUND, "No product with id " + id));
    }

    public List<Product> activeProducts(int offset, int limit) {
        return products.listActive(offset, limit);
    }
}
