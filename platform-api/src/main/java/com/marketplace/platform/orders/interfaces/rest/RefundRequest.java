package com.marketplace.platform.orders.interfaces.rest;

import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code amount} in the order's minor units, all that is left when absent; {@code restock} puts the items back. */
public record RefundRequest(@Schema(example = "1250") @Positive Long amount,
                            @Schema(example = "true") Boolean restock) {
}
