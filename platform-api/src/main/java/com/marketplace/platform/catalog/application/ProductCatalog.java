package com.marketplace.platform.catalog.application;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductChanges;
import com.marketplace.platform.catalog.domain.ProductDetails;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductImage;
import com.marketplace.platform.catalog.domain.ProductImages;
import com.marketplace.platform.catalog.domain.ProductRepository;
import com.marketplace.platform.catalog.domain.ProductWordIndex;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.catalog.domain.CatalogRefusal;
import com.marketplace.platform.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Sellers' changes to the catalog. Publishing (making a product active) needs a seller who may
 * sell; their standing is read under a shared lock so it cannot change before the commit.
 */
@ApplicationScoped
public class ProductCatalog {

    private ProductRepository products;
    private ProductImages images;
    private SellerDirectory sellers;
    private ProductWordIndex words;
    private Clock clock;

    protected ProductCatalog() {
        // for CDI proxies
    }

    @Inject
    public ProductCatalog(ProductRepository products, ProductImages images, SellerDirectory sellers, ProductWordIndex words) {
        this.products = products;
        this.images = images;
        this.sellers = sellers;
        this.words = words;
        this.clock = Clock.systemUTC();
    }

    /** A seller's new product, from the API or the seller's page; the doors validate the command first (Bean Validation). */
    @Transactional
    public Product create(SellerId seller, NewProduct product) {
        ProductDetails details = product.toDetails();
        SellerStanding standing = sellers.findForShare(seller)
                .orElseThrow(() -> new CatalogRefusal(CatalogRefusal.Reason.SELLER_NOT_FOUND, "No seller with id " + seller));
        if (details.active()) {
            requireMaySell(standing);
        }
        Product created = products.add(Product.create(seller, details, Instant.now(clock)));
        words.index(created);
        return created;
    }

    /**
     * A product the caller owns (or any, for the admin); another seller's product is "not found".
     * A change expecting a stock sales have moved since is refused ({@code StockChangedMeanwhile}).
     */
    @Transactional
    public Product change(ProductId id, ProductEdit edit, Caller caller) {
        ProductChanges changes = edit.toChanges();
        Product product = products.find(id)
                .filter(found -> caller.mayActFor(found.sellerId()))
                .orElseThrow(() -> new CatalogRefusal(CatalogRefusal.Reason.PRODUCT_NOT_FOUND, "No product with id " + id));
        if (changes.activates()) {
            requireMaySell(sellers.findForShare(product.sellerId()).orElseThrow());
        }
        product.change(changes, Instant.now(clock));
        if (changes.name().isPresent() || changes.description().isPresent()) {
            words.index(product);
        }
        return product;
    }

    /**
     * Makes {@code content} the picture of a product the caller owns (or any, for the admin),
     * replacing the one it had. Refused, changing nothing, when the bytes are not a JPEG, PNG or
     * WebP picture or are over 2 MB. The product's row is locked: two uploads at once take turns,
     * and the product ends up showing the picture stored last.
     */
    @Transactional
    public Product replaceImage(ProductId id, byte[] content, Caller caller) {
        Product product = products.findForUpdate(id)
                .filter(found -> caller.mayActFor(found.sellerId()))
                .orElseThrow(() -> new CatalogRefusal(CatalogRefusal.Reason.PRODUCT_NOT_FOUND, "No product with id " + id));
        Instant now = Instant.now(clock);
        ProductImage image = ProductImage.of(id, content, now);
        images.put(image);
        product.showImage(image, now);
        return product;
    }

    /** Called when Stripe rejects a seller: nothing of theirs stays on sale, even if they are reinstated later. */
    @Transactional
    public int withdrawAllOf(SellerId seller) {
        return products.withdrawAllOf(seller, Instant.now(clock));
    }

    private static void requireMaySell(SellerStanding standing) {
        if (!standing.maySell()) {
            throw new CatalogRefusal(CatalogRefusal.Reason.SELLER_NOT_ACTIVE, "Only a seller who finished onboarding can publish products"
                    + " (this seller's status is " + standing.status() + "); save it inactive and publish it once Stripe has verified the account");
        }
    }
}
