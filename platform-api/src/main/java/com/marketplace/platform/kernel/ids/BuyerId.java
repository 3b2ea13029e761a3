package com.marketplace.platform.kernel.ids;

/** A buyer's identity: the account a signed-in buyer's purchases belong to. */
public record BuyerId(long value) {

    public BuyerId {
        if (value <= 0) {
            throw new IllegalArgumentException("A buyer id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
