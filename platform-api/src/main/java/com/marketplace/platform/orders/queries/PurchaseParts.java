package com.marketplace.platform.orders.queries;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.domain.PurchaseRepository;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.orders.domain.TransferOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the pages show of a purchase and its orders: each seller's part with its lines, its transfer
 * (a share of a purchase across sellers) and its refunds. Read-only. Who may see what: the buyer
 * the purchase belongs to (or who holds the token of one of its orders) sees every part; a seller
 * sees only their own part; the admin sees everything.
 */
@ApplicationScoped
public class PurchaseParts {

    private PurchaseRepository purchases;
    private TransferOutbox transfers;
    private RefundOutbox refunds;

    protected PurchaseParts() {
        // for CDI proxies
    }

    @Inject
    public PurchaseParts(PurchaseRepository purchases, TransferOutbox transfers, RefundOutbox refunds) {
        this.purchases = purchases;
        this.transfers = transfers;
        this.refunds = refunds;
    }

    /** One seller's part: the order, its lines, its transfer when it is paid by one, its refunds. */
    public record Part(Order order, List<OrderLine> lines, Optional<OrderTransfer> transfer, List<OrderRefund> refunds) {

        public Part {
            lines = List.copyOf(lines);
            refunds = List.copyOf(refunds);
        }
    }

    /** A purchase and the parts the caller may see. */
    public record PurchaseDetail(Purchase purchase, List<Part> parts) {

        public PurchaseDetail {
            parts = List.copyOf(parts);
        }
    }

    /** An order's part (the caller already may see the order: the seller's or the admin's list). */
    public Part partOf(Order order) {
        return new Part(order, purchases.linesOf(order.id()), transfers.ofOrder(order.id()), refunds.of(order.id()));
    }

    /**
     * The purchase as the buyer sees it: the signed-in buyer it belongs to, or a browser holding the
     * token of one of its orders ({@code holdsToken}); the admin too. Anyone else: not found.
     */
    public PurchaseDetail forBuyer(PurchaseId id, Caller caller, Predicate<Order> holdsToken) {
        Purchase purchase = purchases.find(id).orElseThrow(() -> notFound(id));
        List<Order> orders = purchases.ordersOf(id);
        Optional<BuyerId> buyer = caller.buyer();
        boolean theirs = caller.isAdmin() || (buyer.isPresent() && purchase.buyerId().equals(buyer))
                || orders.stream().anyMatch(holdsToken);
        if (!theirs) {
            throw notFound(id);
        }
        return new PurchaseDetail(purchase, orders.stream().map(this::partOf).toList());
    }

    /** The purchase with every part, for the admin; a seller sees only their own parts (not found without any). */
    public PurchaseDetail forCaller(PurchaseId id, Caller caller) {
        Purchase purchase = purchases.find(id).orElseThrow(() -> notFound(id));
        List<Part> parts = purchases.ordersOf(id).stream().filter(order -> caller.mayActFor(order.sellerId())).map(this::partOf).toList();
        if (parts.isEmpty()) {
            throw notFound(id);
        }
        return new PurchaseDetail(purchase, parts);
    }

    private static OrderRefusal notFound(PurchaseId id) {
        return new OrderRefusal(OrderRefusal.Reason.ORDER_NOT_FOUND, "No purchase with id " + id);
    }
}
