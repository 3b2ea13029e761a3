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
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.domain.PurchaseRepository;
import com.marketplace.platform.orders.domain.TransferOutbox;
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
    private PurchaseRepository purchases;
    private TransferOutbox transfers;

    /** Lines, transfers and purchases; without them (unit tests of access) an order is read alone. */
    @Inject
    void readPurchasesWith(PurchaseRepository purchases, TransferOutbox transfers) {
        this.purchases = purchases;
        this.transfers = transfers;
    }

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

    public Page<Order> list(Optional<SellerId> seller, Optional<OrderStatus> status, PageRequest page) {
        return orders.list(seller, status, page);
    }

    public List<OrderRefund> refundsOf(OrderId id) {
        return refunds.of(id);
    }

    public List<OrderLine> linesOf(OrderId id) {
        return purchases == null ? List.of() : purchases.linesOf(id);
    }

    public Optional<OrderTransfer> transferOf(OrderId id) {
        return transfers == null ? Optional.empty() : transfers.ofOrder(id);
    }

    /**
     * A purchase and every order of it, for the buyer who made it (signed in as its buyer, or holding
     * the token checkout gave) or the admin. A seller reads their own orders through the orders, never
     * the purchase (it would show the other sellers' parts); to them, as to anyone else, it does not exist.
     */
    public PurchaseView purchase(PurchaseId id, Caller caller, String buyerToken) {
        Optional<Purchase> purchase = purchases.find(id);
        List<Order> orders = purchase.map(found -> purchases.ordersOf(id)).orElse(List.of());
        boolean allowed = purchase.isPresent() && (caller.isAdmin()
                || (caller.buyer().isPresent() && purchase.get().buyerId().equals(caller.buyer()))
                || orders.stream().anyMatch(order -> BuyerToken.matches(buyerToken, order.buyerTokenHash())));
        if (!allowed) {
            throw new OrderRefusal(OrderRefusal.Reason.PURCHASE_NOT_FOUND, "No purchase with id " + id);
        }
        return new PurchaseView(purchase.get(), orders.stream()
                .map(order -> new OrderPart(order, linesOf(order.id()), transferOf(order.id()))).toList());
    }

    public record PurchaseView(Purchase purchase, List<OrderPart> orders) {
    }

    /** One seller's part of a purchase: the order, its lines, and its transfer if it was paid by one. */
    public record OrderPart(Order order, List<OrderLine> lines, Optional<OrderTransfer> transfer) {
    }

    private static OrderRefusal notFound(OrderId id) {
        return new OrderRefusal(OrderRefusal.Reason.ORDER_NOT_FOUND, "No order with id " + id);
    }
}
