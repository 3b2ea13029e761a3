package com.marketplace.platform.orders.domain;

/** Where a refund in the outbox is: waiting to be sent (or sent again), done, or refused by Stripe for good. */
public enum RefundStatus {
    PENDING, SUCCEEDED, FAILED
}
