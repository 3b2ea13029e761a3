package com.marketplace.web.pages.buyer;

import java.util.List;
import java.util.Optional;

/** A buyer's account page: who is signed in, their subscriptions and their purchases, newest first. */
public record AccountView(String name, String email, List<SubscriptionRow> subscriptions, List<Purchase> purchases) {

    public AccountView {
        subscriptions = List.copyOf(subscriptions);
        purchases = List.copyOf(purchases);
    }

    /** One purchase; amounts are written for people, {@code refunded} is empty when nothing was refunded. */
    public record Purchase(long orderId, String date, String product, int quantity, String total, String status,
                           Optional<String> refunded) {
    }

    /**
     * One subscription as the list shows it, every value written for people: {@code price} per
     * interval ("€20.00 / month"), {@code status} in words, {@code when} the next date that matters
     * ("Renews on 1 Jan 2027"), {@code pastDue} when a renewal failed and the card needs fixing.
     */
    public record SubscriptionRow(long id, String plan, String seller, String price, String statusCode, String status,
                                  Optional<String> when, boolean pastDue) {

        public String href() {
            return "/account/subscriptions/" + id;
        }

        public String pastDueWarning() {
            return SubscriptionText.PAST_DUE_WARNING;
        }
    }
}
