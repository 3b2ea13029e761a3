package com.marketplace.platform.orders.interfaces.rest;

import jakarta.validation.constraints.Positive;

/** {@code amount} in the order's minor units, all that is left when absent; {@code restock} puts the items back. */
public record RefundRequest(@Positive Long amount, Boolean restock) {
}
