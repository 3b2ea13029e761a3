package com.marketplace.web.pages.seller;

import java.util.List;

/** A seller's products, and the form to add one. */
public record SellerProductsView(List<Row> products, ProductFormView form) {

    public SellerProductsView {
        products = List.copyOf(products);
    }

    /** One product; the price is written for people. */
    public record Row(long id, String name, String price, long stock, boolean active) {
    }
}
