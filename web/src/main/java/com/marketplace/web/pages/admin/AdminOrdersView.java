package com.marketplace.web.pages.admin;

import java.util.List;
import java.util.Optional;

/**
 * The admin's list of orders: a status filter, one page of orders with a refund form on each that
 * can still be refunded, and the paging links.
 *
 * @param selected the status filtered on, if any
 * @param statuses every status the filter offers, by constant
 */
public record AdminOrdersView(String csrfToken, Optional<String> selected, List<String> statuses, List<Row> orders,
                              AdminPaging.Paging paging) {

    public AdminOrdersView {
        statuses = List.copyOf(statuses);
        orders = List.copyOf(orders);
    }

    /**
     * One order. Amounts are written for people; {@code currencyCode} is upper case.
     *
     * @param dispute the dispute's status as Stripe reports it, when disputed
     * @param problem what went wrong with the order, in words, if anything
     */
    public record Row(long id, String created, String product, int quantity, long sellerId, String chargeType, String status,
                      boolean disputed, Optional<String> dispute, Optional<String> problem, String total, String fee, String refunded,
                      String currencyCode, boolean refundable, long purchaseId) {

        /** A row without its purchase (the purchase's page is then not linked). */
        public Row(long id, String created, String product, int quantity, long sellerId, String chargeType, String status,
                   boolean disputed, Optional<String> dispute, Optional<String> problem, String total, String fee, String refunded,
                   String currencyCode, boolean refundable) {
            this(id, created, product, quantity, sellerId, chargeType, status, disputed, dispute, problem, total, fee, refunded, currencyCode,
                    refundable, 0);
        }

        public String purchaseHref() {
            return "/admin/purchases/" + purchaseId;
        }
    }
}
