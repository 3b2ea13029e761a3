package com.marketplace.platform.orders.domain;

/** Why money goes back to a buyer. */
public enum RefundReason {
    /** The buyer paid but the stock was gone when the payment was confirmed: refunded in full, automatically. */
    OUT_OF_STOCK,
    /** The admin or the seller asked for it. */
    REQUESTED
}
