package com.marketplace.web.pages.buyer;

import java.util.List;
import java.util.Optional;

/** A buyer's account page: who is signed in, and their purchases, newest first. */
public record AccountView(String name, String email, List<Purchase> purchases) {

    public AccountView {
        purchases = List.copyOf(purchases);
    }

    /** One purchase; amounts are written for people, {@code refunded} is empty when nothing was refunded. */
    public record Purchase(long orderId, String date, String product, int quantity, String total, String status,
                           Optional<String> refunded) {
    }
}
