package com.marketplace.platform.buyers.interfaces.rest;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.orders.domain.Order;
import java.time.Instant;
import java.util.List;

/** A buyer as they see themselves: never their password hash. */
public record BuyerResponse(long id, String email, String name, Instant createdAt, List<PurchaseResponse> purchases) {

    static BuyerResponse of(Buyer buyer, List<Order> purchases) {
        return new BuyerResponse(buyer.id().value(), buyer.email(), buyer.name(), buyer.createdAt(),
                purchases.stream().map(PurchaseResponse::of).toList());
    }
}
