package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.orders.domain.Order;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * The order lists answer a bare JSON array, as they always have, so existing clients keep reading
 * them; whether the list goes on past the page ({@code has_more} in the catalog's envelope) is the
 * {@value #HAS_MORE} header.
 */
final class OrderListAnswer {

    static final String HAS_MORE = "Has-More";

    private OrderListAnswer() {
    }

    static List<OrderResponse> of(Page<Order> page, HttpServletResponse response) {
        response.setHeader(HAS_MORE, Boolean.toString(page.hasMore()));
        return page.items().stream().map(OrderResponse::summary).toList();
    }
}
