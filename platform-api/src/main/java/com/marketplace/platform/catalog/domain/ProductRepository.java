package com.marketplace.platform.catalog.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ProductRepository {

    Optional<Product> find(ProductId id);

    /** Products offered to buyers (active, of a seller who may sell), oldest first, one page at a time. */
    List<Product> listOffered(int offset, int limit);

    /** The same products, newest first (the shop's front page: new arrivals are not buried behind old ones). */
    List<Product> listOfferedNewestFirst(int offset, int limit);

    /** A seller's own products, offered or not, oldest first. */
    List<Product> listOfSeller(SellerId seller);

    Product add(Product product);

    /** Deactivates every product of a seller in one statement; returns how many were active. */
    int withdrawAllOf(SellerId seller, Instant now);
}
