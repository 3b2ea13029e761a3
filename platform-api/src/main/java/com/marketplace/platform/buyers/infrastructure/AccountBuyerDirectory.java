package com.marketplace.platform.buyers.infrastructure;

import com.marketplace.platform.buyers.domain.BuyerRepository;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.orders.domain.BuyerDirectory;
import com.marketplace.platform.orders.domain.OrderBuyer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Answers the checkout's question (orders' {@link BuyerDirectory}) from the buyers' accounts. */
@ApplicationScoped
public class AccountBuyerDirectory implements BuyerDirectory {

    @Inject
    BuyerRepository buyers;

    @Override
    public Optional<OrderBuyer> find(BuyerId buyer) {
        return buyers.find(buyer).map(account -> new OrderBuyer(account.id(), account.email()));
    }
}
