package com.marketplace.web.pages.seller;

import java.util.Optional;

/**
 * The seller's page of one product ({@code seller/product.jte}): the product form, and the picture
 * form beside it, which uploads on its own (a file and a text form do not share a submit).
 */
public record SellerProductView(ProductFormView form, ImageForm image) {

    /**
     * Upload or replace the product's picture.
     *
     * @param currentSrc the picture shown now, when there is one
     * @param problem why the last upload was refused, when it was
     */
    public record ImageForm(String action, String csrfToken, String productName, Optional<String> currentSrc, Optional<String> problem) {
    }
}
