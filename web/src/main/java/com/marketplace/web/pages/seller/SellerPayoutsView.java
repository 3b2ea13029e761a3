package com.marketplace.web.pages.seller;

import java.util.List;
import java.util.Optional;

/**
 * A seller's payouts, newest first, in words.
 *
 * @param status Stripe's status (pending, in_transit, paid, failed, canceled), for scripts and tests
 * @param failure why it failed, in Stripe's words with its code; empty unless failed
 */
public record SellerPayoutsView(int shown, List<Row> payouts) {

    public SellerPayoutsView {
        payouts = List.copyOf(payouts);
    }

    public record Row(String id, String created, String amount, String status, String arrival, Optional<String> failure) {
    }
}
