package com.marketplace.platform.catalog.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface ProductRepository {

    Optional<Product> find(ProductId id);

    /** The product, its row locked until the transaction ends: changes made one at a time. */
    Optional<Product> findForUpdate(ProductId id);

    /** Products offered to buyers (active, of one of {@code sellers}, those who may sell), oldest first, one page at a time. */
    List<Product> listOffered(Set<SellerId> sellers, int offset, int limit);

    /** The same products, newest first (the shop's front page: new arrivals are not buried behind old ones). */
    List<Product> listOfferedNewestFirst(Set<SellerId> sellers, int offset, int limit);

    /**
     * Offered products matching the search, newest first: every word in the name or the
     * description, of the seller and in the currency when the search names them.
     */
    List<Product> searchOffered(Set<SellerId> sellers, ProductSearch search, int offset, int limit);

    /** A seller's own products, offered or not, oldest first. */
    List<Product> listOfSeller(SellerId seller);

    Product add(Product product);

    /** Deactivates every product of a seller in one statement; returns how many were active. */
    int withdrawAllOf(SellerId seller, Instant now);
}
