package com.marketplace.platform.buyers.interfaces.rest;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.subscriptions.application.SubscriptionSummary;
import com.marketplace.platform.subscriptions.interfaces.rest.SubscriptionResponse;
import java.time.Instant;
import java.util.List;

/** A buyer as they see themselves: never their password hash. Subscriptions newest first. */
public record BuyerResponse(long id, String email, String name, Instant createdAt, List<PurchaseResponse> purchases,
                            List<SubscriptionResponse> subscriptions) {

    static BuyerResponse of(Buyer buyer, List<Order> purchases, List<SubscriptionSummary> subscriptions) {
        return new BuyerResponse(buyer.id().value(), buyer.email(), buyer.name(), buyer.createdAt(),
                purchases.stream().map(PurchaseResponse::of).toList(),
                subscriptions.stream().map(SubscriptionResponse::of).toList());
    }
}
