package com.marketplace.platform.catalog.domain;

/**
 * The storefront search's index: each product's words ({@link SearchWords}) with their weights,
 * written in the transaction that writes the product, so a search never finds a product by words
 * it no longer has.
 */
public interface ProductWordIndex {

    /** Replaces the product's words in the index with those of its name and description now. */
    void index(Product product);

    /**
     * Indexes up to {@code limit} products whose words are not in the index yet (written by
     * something other than the catalog: a migration, a bulk load), oldest first; returns how many.
     */
    int indexPending(int limit);
}
