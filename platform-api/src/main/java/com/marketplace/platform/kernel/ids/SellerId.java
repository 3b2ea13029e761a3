package com.marketplace.platform.kernel.ids;

/** A seller's identity, shared by every module (the seller aggregate itself lives in seller-onboarding). */
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
