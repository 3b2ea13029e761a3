package com.marketplace.platform.cart.infrastructure;

import com.marketplace.platform.cart.domain.Shelf;
import com.marketplace.platform.cart.domain.ShelfProduct;
import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.domain.CatalogRefusal;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The catalog as the cart sees it: what any buyer may see (asked as nobody in particular), with the shop's name. */
@ApplicationScoped
public class CatalogShelf implements Shelf {

    @Inject
    CatalogQueries catalog;

    @Inject
    SellerDirectory sellers;

    @Override
    public Optional<ShelfProduct> offered(ProductId id) {
        Product product;
        try {
            product = catalog.product(id, Caller.anonymous());
        } catch (CatalogRefusal notOffered) {
            return Optional.empty();
        }
        String shop = sellers.find(product.sellerId()).map(SellerStanding::displayName).orElse("Seller " + product.sellerId().value());
        return Optional.of(new ShelfProduct(product.id(), product.sellerId(), shop, product.name(), product.price(), product.stock()));
    }
}
