package com.marketplace.platform.catalog.application;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductImage;
import com.marketplace.platform.catalog.domain.ProductImages;
import com.marketplace.platform.catalog.domain.ProductRepository;
import com.marketplace.platform.catalog.domain.ProductSearch;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.ListOrder;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.catalog.domain.CatalogRefusal;
import com.marketplace.platform.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** What callers may read of the catalog. Read-only: no transaction of its own. */
@ApplicationScoped
public class CatalogQueries {

    private ProductRepository products;
    private ProductImages images;
    private SellerDirectory sellers;

    protected CatalogQueries() {
        // for CDI proxies
    }

    @Inject
    public CatalogQueries(ProductRepository products, ProductImages images, SellerDirectory sellers) {
        this.products = products;
        this.images = images;
        this.sellers = sellers;
    }

    /**
     * A product as the caller may see it: buyers see only what is offered (active, of a seller who
     * may sell); the owning seller and the admin see it in any state.
     */
    public Product product(ProductId id, Caller caller) {
        return products.find(id)
                .filter(product -> caller.mayActFor(product.sellerId()) || isOffered(product))
                .orElseThrow(() -> new CatalogRefusal(CatalogRefusal.Reason.PRODUCT_NOT_FOUND, "No product with id " + id));
    }

    /** The picture of a product the caller may see (by the same rule as the product), if it has one. */
    public Optional<ProductImage> image(ProductId id, Caller caller) {
        Product product = product(id, caller);
        return product.imageDigest().isEmpty() ? Optional.empty() : images.find(product.id());
    }

    /** The products offered to buyers, oldest first, one page at a time. */
    public Page<Product> offeredProducts(PageRequest page) {
        return products.listOffered(sellers.sellersWhoMaySell(), page, ListOrder.OLDEST_FIRST);
    }

    /** The shop's products matching a buyer's search (words, seller, currency), newest first. */
    public Page<Product> searchOfferedProducts(ProductSearch search, PageRequest page) {
        return products.searchOffered(sellers.sellersWhoMaySell(), search, page);
    }

    /** A seller's shop as buyers may see it: only while the seller may sell. */
    public Optional<SellerStanding> shop(SellerId seller) {
        return sellers.find(seller).filter(SellerStanding::maySell);
    }

    public List<Product> productsOf(SellerId seller) {
        return products.listOfSeller(seller);
    }

    private boolean isOffered(Product product) {
        return product.isActive() && sellers.find(product.sellerId()).map(SellerStanding::maySell).orElse(false);
    }
}
