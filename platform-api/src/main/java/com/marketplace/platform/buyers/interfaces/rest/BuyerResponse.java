package com.marketplace.platform.buyers.interfaces.rest;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.subscriptions.application.SubscriptionSummary;
import com.marketplace.platform.subscriptions.interfaces.rest.SubscriptionResponse;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A buyer as they see themselves: never their password hash. Subscriptions newest first. */
public record BuyerResponse(@Schema(example = "19") long id,
                            @Schema(example = "ada@example.com") String email,
                            @Schema(example = "Ada Lovelace") String name,
                            @Schema(example = "2026-03-14T09:26:53Z") Instant createdAt,
                            List<PurchaseResponse> purchases,
                            List<SubscriptionResponse> subscriptions) {

    static BuyerResponse of(Buyer buyer, List<Order> purchases, List<SubscriptionSummary> subscriptions) {
        return new BuyerResponse(buyer.id().value(), buyer.email(), buyer.name(), buyer.createdAt(),
                purchases.stream().map(PurchaseResponse::of).toList(),
                subscriptions.stream().map(SubscriptionResponse::of).toList());
    }
}
