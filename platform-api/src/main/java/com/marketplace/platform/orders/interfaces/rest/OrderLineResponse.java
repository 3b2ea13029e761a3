package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.OrderLine;

/** One line of an order: the product, how many, the unit price frozen at checkout and their product. */
public record OrderLineResponse(long productId, String productName, int quantity, long unitAmount, long amountSubtotal) {

    static OrderLineResponse of(OrderLine line) {
        return new OrderLineResponse(line.productId().value(), line.productName(), line.quantity(), line.unitAmount(),
                line.subtotalAmount());
    }
}
