package com.marketplace.web.pages.shop;

import java.util.List;

/**
 * The shop's front page: one page of products on offer and the way to the neighbouring pages.
 *
 * @param olderExist whether a page of older products follows this one
 */
public record StorefrontView(List<ProductCard> products, int page, boolean olderExist) {

    public StorefrontView {
        products = List.copyOf(products);
    }

    public boolean hasNewer() {
        return page > 1;
    }

    public boolean paged() {
        return hasNewer() || olderExist;
    }

    /** One product as the storefront lists it; {@code price} is already written for people ("€12.50"). */
    public record ProductCard(long id, String name, String price, long stock) {

        public String href() {
            return "/products/" + id;
        }

        public boolean soldOut() {
            return stock <= 0;
        }
    }
}
