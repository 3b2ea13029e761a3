package com.marketplace.platform.orders.queries;

import com.marketplace.platform.orders.domain.BuyerToken;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Who may read which order: the admin any, a seller their own, a buyer the one whose token they
 * hold. Everyone else, including a seller asking for another seller's order, gets the answer an
 * unknown id gets, so order ids cannot be probed.
 */
@ApplicationScoped
public class OrderQueries {

    private OrderRepository orders;
    private RefundOutbox refunds;

    protected OrderQueries() {
        // for CDI proxies
    }

    @Inject
    public OrderQueries(OrderRepository orders, RefundOutbox refunds) {
        this.orders = orders;
        this.refunds = refunds;
    }

    /** The order as its seller or the admin sees it. */
    public Order forCaller(OrderId id, Caller caller) {
        return orders.find(id).filter(order -> caller.mayActFor(order.sellerId())).orElseThrow(() -> notFound(id));
    }

    /** The order as the buyer holding its token sees it. */
    public Order forBuyer(OrderId id, String buyerToken) {
        return forBuyer(id, buyerToken, Optional.empty());
    }

    /** The order as its buyer sees it: the one holding its token, or the signed-in buyer it belongs to. */
    public Order forBuyer(OrderId id, String buyerToken, Optional<BuyerId> signedIn) {
        return orders.find(id)
                .filter(order -> BuyerToken.matches(buyerToken, order.buyerTokenHash())
                        || (signedIn.isPresent() && order.buyerId().equals(signedIn)))
                .orElseThrow(() -> notFound(id));
    }

    public List<Order> list(Optional<SellerId> seller, Optional<OrderStatus> status, int offset, int limit) {
        return orders.list(seller, status, offset, limit);
    }

    public List<OrderRefund> refundsOf(OrderId id) {
        return refunds.of(id);
    }

    private static OrderRefusal notFound(OrderId id) {
        return new OrderRefusal(OrderRefusal.Reason.ORDER_NOT_FOUND, "No order with id " + id);
    }
}
