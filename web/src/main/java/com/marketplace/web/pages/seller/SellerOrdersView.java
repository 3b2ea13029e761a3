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
     * @param lines each line of an order of several products ("2 × Bowl at €12.50"); empty for one product
     * @param transfer what the seller is transferred for a share of a purchase across sellers, and how it stands
     */
    public record Row(long id, String date, String product, int quantity, String total, String fee, String status,
                      Optional<String> refunded, Optional<String> dispute, String currencyCode, boolean refundable, List<String> lines,
                      Optional<String> transfer) {

        public Row {
            lines = List.copyOf(lines);
        }

        /** An order of one product paid straight to the seller (no lines to list, no transfer). */
        public Row(long id, String date, String product, int quantity, String total, String fee, String status,
                   Optional<String> refunded, Optional<String> dispute, String currencyCode, boolean refundable) {
            this(id, date, product, quantity, total, fee, status, refunded, dispute, currencyCode, refundable, List.of(), Optional.empty());
        }
    }
}
