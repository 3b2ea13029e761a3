package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.OrderLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an order: the product, how many, the unit price frozen at checkout and their product. */
public record OrderLineResponse(@Schema(example = "12") long productId,
                                @Schema(example = "Linen tote bag") String productName,
                                @Schema(example = "2") int quantity,
                                @Schema(example = "1250") long unitAmount,
                                @Schema(example = "2500") long amountSubtotal) {

    static OrderLineResponse of(OrderLine line) {
        return new OrderLineResponse(line.productId().value(), line.productName(), line.quantity(), line.unitAmount(),
                line.subtotalAmount());
    }
}
