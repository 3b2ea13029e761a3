package com.marketplace.platform.catalog.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.ListOrder;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface ProductRepository {

    Optional<Product> find(ProductId id);

    /** The product, its row locked until the transaction ends: changes made one at a time. */
    Optional<Product> findForUpdate(ProductId id);

    /** Products offered to buyers (active, of one of {@code sellers}, those who may sell), one page in {@code order}. */
    Page<Product> listOffered(Set<SellerId> sellers, PageRequest page, ListOrder order);

    /**
     * Offered products matching the search, newest first: every word in the name or the
     * description, of the seller and in the currency when the search names them.
     */
    Page<Product> searchOffered(Set<SellerId> sellers, ProductSearch search, PageRequest page);

    /** A seller's own products, offered or not, oldest first. */
    List<Product> listOfSeller(SellerId seller);

    Product add(Product product);

    /** Deactivates every product of a seller in one statement; returns how many were active. */
    int withdrawAllOf(SellerId seller, Instant now);
}
