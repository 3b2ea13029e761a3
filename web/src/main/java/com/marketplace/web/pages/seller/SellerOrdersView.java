package com.marketplace.web.pages.seller;

import java.util.List;
import java.util.Optional;

/**
 * A seller's orders, newest first, with a refund form on each that can still be refunded.
 *
 * @param shown how many orders the page shows at most
 */
public record SellerOrdersView(String csrfToken, int shown, List<Row> orders) {

    public SellerOrdersView {
        orders = List.copyOf(orders);
    }

    /**
     * One order; amounts are written for people, {@code refunded} is empty when nothing was refunded.
     *
     * @param dispute the dispute's status when the order is disputed ("" when Stripe gave none yet)
     */
    public record Row(long id, String date, String product, int quantity, String total, String fee, String status,
                      Optional<String> refunded, Optional<String> dispute, String currencyCode, boolean refundable) {
    }
}
