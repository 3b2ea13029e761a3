package com.marketplace.platform.orders.domain;

/** What a session's state means for its order, decided by {@link PaymentRule}. */
public enum PaymentVerdict {
    /** Money taken (or nothing to take): the order becomes PAID and stock is taken. */
    PAID,
    /** Completed with a delayed method: the order waits, stock untouched. */
    AWAITING_PAYMENT,
    /** The delayed payment failed. */
    PAYMENT_FAILED,
    /** The session ended unpaid. */
    EXPIRED,
    /** The buyer has not finished yet: nothing to do. */
    OPEN
}
