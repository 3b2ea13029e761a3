package com.marketplace.platform.orders.domain;

/** The part of a payment intent's status that settles a delayed payment. */
public enum PaymentIntentStatus {
    /** The money arrived. */
    SUCCEEDED,
    /** Still on its way (a bank debit takes days). */
    PROCESSING,
    /** The attempt failed; the buyer would have to pay again ({@code requires_payment_method}, {@code canceled}). */
    FAILED,
    /** Anything else: not a state a completed session's payment settles from. */
    OTHER
}
