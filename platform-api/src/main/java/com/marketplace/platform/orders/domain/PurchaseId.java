package com.marketplace.platform.orders.domain;

/** A purchase's number: what the buyer paid in one Checkout Session ({@code metadata.purchase_id}, {@code transfer_group purchase_<id>}). */
public record PurchaseId(long value) {

    public PurchaseId {
        if (value <= 0) {
            throw new IllegalArgumentException("A purchase id is positive, got " + value);
        }
    }

    /** The transfer group of a purchase paid with separate charges and transfers. */
    public String transferGroup() {
        return "purchase_" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
