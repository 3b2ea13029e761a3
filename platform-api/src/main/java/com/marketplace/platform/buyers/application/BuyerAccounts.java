package com.marketplace.platform.buyers.application;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRefusal;
import com.marketplace.platform.buyers.domain.BuyerRepository;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.orders.domain.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A buyer's account as they see it, for {@code GET /api/buyers/me} and the account page alike: the
 * orders they placed signed in, and the guest orders paid with their email before they had an
 * account. Only the buyer themselves is ever asked about (the doors pass the caller's own id).
 */
@ApplicationScoped
public class BuyerAccounts {

    /** Enough for a person's history on one page; paging comes when someone has more. */
    static final int PURCHASES_SHOWN = 200;

    private BuyerRepository buyers;
    private OrderRepository orders;

    protected BuyerAccounts() {
        // for CDI proxies
    }

    @Inject
    public BuyerAccounts(BuyerRepository buyers, OrderRepository orders) {
        this.buyers = buyers;
        this.orders = orders;
    }

    @Transactional
    public BuyerAccount of(BuyerId id) {
        Buyer buyer = buyers.find(id).orElseThrow(() -> new BuyerRefusal(BuyerRefusal.Reason.NOT_FOUND, "No such buyer account"));
        return new BuyerAccount(buyer, orders.ofBuyer(id, buyer.email(), PURCHASES_SHOWN));
    }
}
