package com.marketplace.platform.catalog.domain;

/** The seller who offers a product (sellers themselves live in seller-onboarding). */
public record SellerId(long value) {

    public SellerId {
        if (value <= 0) {
            throw new IllegalArgumentException("A seller id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
