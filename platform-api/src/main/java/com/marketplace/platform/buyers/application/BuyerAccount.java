package com.marketplace.platform.buyers.application;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.orders.domain.Order;
import java.util.List;

/** What a buyer sees of their account: who they are, and their purchases, newest first. */
public record BuyerAccount(Buyer buyer, List<Order> purchases) {

    public BuyerAccount {
        purchases = List.copyOf(purchases);
    }
}
