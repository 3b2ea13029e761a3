package com.marketplace.platform.catalog.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** A product or a change to one refused by the catalog's rules. */
public class CatalogRefusal extends Refusal {

    public enum Reason {
        PRODUCT_NOT_FOUND,
        SELLER_NOT_FOUND,
        SELLER_NOT_ACTIVE,
        IMAGE_INVALID,
        IMAGE_TOO_LARGE
    }

    public CatalogRefusal(Reason reason, String message) {
        super(reason, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
