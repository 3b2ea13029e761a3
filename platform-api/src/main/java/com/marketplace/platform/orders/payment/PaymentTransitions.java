package com.marketplace.platform.orders.payment;

import com.marketplace.platform.catalog.domain.Inventory;
import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderTransition;
import com.marketplace.platform.orders.domain.PaymentVerdict;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.orders.domain.RefundReason;
import com.marketplace.platform.orders.notices.OrderNotices;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.domain.PurchaseRepository;
import com.marketplace.platform.orders.domain.TransferOutbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The transactions of the payment confirmation: each verdict applied as conditional updates, so
 * of the return page, duplicate webhooks and the reconciler racing with the same verdict, exactly
 * one changes the order and only that one takes stock or owes a refund.
 */
// A stateless EJB: the reconciler calls it on a managed thread, where only the EJB container
// enlists JDBC connections in the transaction (docs/developer-notes.md). REQUIRED: inside a webhook
// handler it joins the worker's transaction, so the order and the event's "processed" commit together.
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PaymentTransitions {

    private static final Logger LOG = Logger.getLogger(PaymentTransitions.class.getName());

    static final String SYSTEM = "system";

    @Inject
    OrderRepository orders;

    @Inject
    RefundOutbox refunds;

    @Inject
    Inventory inventory;

    @Inject
    OrderNotices notices;

    @Inject
    PurchaseRepository purchases;

    @Inject
    TransferOutbox transfers;

    public PaymentTransitions() {
        // for the EJB container, which injects the fields
    }

    /** Orders of one line, with no purchase across sellers (the unit tests of single orders). */
    public PaymentTransitions(OrderRepository orders, RefundOutbox refunds, Inventory inventory, OrderNotices notices) {
        this.orders = orders;
        this.refunds = refunds;
        this.inventory = inventory;
        this.notices = notices;
    }

    public PaymentTransitions(OrderRepository orders, RefundOutbox refunds, Inventory inventory, OrderNotices notices,
                              PurchaseRepository purchases, TransferOutbox transfers) {
        this(orders, refunds, inventory, notices);
        this.purchases = purchases;
        this.transfers = transfers;
    }

    /** An order's lines, read in a transaction (the reconciler's managed thread has none of its own). */
    public List<OrderLine> linesOf(OrderId order) {
        return purchases == null ? List.of() : purchases.linesOf(order);
    }

    /** A purchase and its orders as they are now, read in a transaction. */
    public Optional<PurchaseWithOrders> currentPurchase(PurchaseId purchase) {
        return purchases.current(purchase).map(found -> new PurchaseWithOrders(found, purchases.ordersOf(purchase)));
    }

    public record PurchaseWithOrders(Purchase purchase, List<Order> orders) {
    }

    public List<PurchaseId> unsettledPurchasesSince(Instant notSince, int limit) {
        return purchases.unsettledSince(notSince, limit);
    }

    public boolean markPurchaseReconciled(PurchaseId purchase) {
        return purchases.markReconciled(purchase, Instant.now());
    }

    public boolean attachPurchaseSession(PurchaseId purchase, String sessionId, String url, Instant expiresAt) {
        return purchases.attachSession(purchase, sessionId, url, expiresAt, Instant.now());
    }

    /** Closes every unsettled order of a purchase whose session Stripe never made or refused. */
    public boolean giveUpPurchase(PurchaseId purchase, String problem) {
        boolean any = false;
        for (Order order : purchases.ordersOf(purchase)) {
            any |= giveUp(order, problem);
        }
        return any;
    }

    /**
     * Applies what Stripe says of a purchase's session to every order of it, in this one
     * transaction: each order moves by its own conditional update, so of the paths racing with the
     * same verdict exactly one moves each order, and only that one takes its stock, owes its refund
     * or its transfer. {@code chargeId}: the charge of the payment (read from Stripe before), which
     * the transfers are made from.
     */
    public boolean applyToPurchase(PurchaseId purchase, PaymentVerdict verdict, CheckoutSessionState session, Optional<String> chargeId) {
        Instant now = Instant.now();
        if (verdict == PaymentVerdict.PAID) {
            purchases.recordPayment(purchase, session.amountTotal(), session.paymentIntentId(), chargeId, now);
        }
        boolean any = false;
        for (Order order : purchases.ordersOf(purchase)) {
            Optional<String> buyerEmail = order.buyerEmail()
                    .or(() -> session.customerEmail().map(email -> email.strip().toLowerCase(Locale.ROOT)));
            buyerEmail.ifPresent(email -> orders.recordBuyerEmail(order.id(), email, now));
            any |= switch (verdict) {
                case PAID -> markSharePaid(order, session, chargeId, buyerEmail, now);
                case AWAITING_PAYMENT -> applied(order.awaitPayment(now));
                case PAYMENT_FAILED -> paymentFailed(order, buyerEmail, now);
                case EXPIRED -> applied(order.expire(now));
                case OPEN -> false;
            };
        }
        return any;
    }

    // As markPaid, for one seller's share of a purchase across sellers: what it is charged is its
    // own expected total, a short line refunds only this share, and a paid share is owed its
    // transfer, written here so it exists if and only if the order was paid.
    private boolean markSharePaid(Order order, CheckoutSessionState session, Optional<String> chargeId, Optional<String> buyerEmail,
                                  Instant now) {
        if (!applied(order.confirmShare(session.paymentIntentId(), now))) {
            return false;
        }
        long charged = order.expectedTotal().minorUnits();
        if (takeStock(order, now)) {
            notices.paid(order, charged, buyerEmail, now);
            OrderTransfer.owedFor(order, chargeId, now).ifPresent(transfers::add);
            return true;
        }
        orders.apply(order.soldOutAfterPayment(now));
        if (charged > 0) {
            refunds.add(OrderRefund.owed(order.id(), charged, RefundReason.OUT_OF_STOCK, false, SYSTEM, now, now));
        }
        LOG.info("Order " + order.id() + " of purchase " + order.purchaseId() + " was paid after a product sold out; its share is"
                + " refunded and nothing is transferred");
        return true;
    }

    // Every line or none: a short line puts back what the lines before it took (products rows in line order).
    private boolean takeStock(Order order, Instant now) {
        List<OrderLine> lines = linesOf(order.id());
        if (lines.isEmpty()) {
            return inventory.take(order.productId(), order.quantity(), now);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!inventory.take(lines.get(i).productId(), lines.get(i).quantity(), now)) {
                for (int taken = 0; taken < i; taken++) {
                    inventory.putBack(lines.get(taken).productId(), lines.get(taken).quantity(), now);
                }
                return false;
            }
        }
        return true;
    }

    /** The reconciler's batch, read in a transaction: on a managed thread the persistence context works only inside one. */
    public List<Order> unsettledSince(Instant notSince, int limit) {
        return orders.unsettledSince(notSince, limit);
    }

    /** The order as it is now, read in a transaction (the reconciler's managed thread has none of its own). */
    public Optional<Order> current(OrderId order) {
        return orders.current(order);
    }

    public boolean attachSession(OrderId order, String sessionId, String url, Instant expiresAt) {
        return orders.attachSession(order, sessionId, url, expiresAt, Instant.now());
    }

    public boolean markReconciled(OrderId order) {
        return orders.markReconciled(order, Instant.now());
    }

    /** Closes an order whose session Stripe never made or refused, saying why; false if it was settled meanwhile. */
    public boolean giveUp(Order order, String problem) {
        return applied(order.expire(problem, Instant.now()));
    }

    /** Applies what Stripe says of the order's session; false when there was nothing (left) to do. */
    public boolean apply(Order order, PaymentVerdict verdict, CheckoutSessionState session) {
        Instant now = Instant.now();
        // Where the buyer is reached: a signed-in buyer's own email, else the one a guest gave Stripe
        // (kept on the order: the buyer who signs up with it later sees this purchase as theirs).
        Optional<String> buyerEmail = order.buyerEmail().or(() -> session.customerEmail().map(email -> email.strip().toLowerCase(Locale.ROOT)));
        buyerEmail.ifPresent(email -> orders.recordBuyerEmail(order.id(), email, now));
        return switch (verdict) {
            case PAID -> markPaid(order, session, buyerEmail, now);
            case AWAITING_PAYMENT -> applied(order.awaitPayment(now));
            case PAYMENT_FAILED -> paymentFailed(order, buyerEmail, now);
            case EXPIRED -> applied(order.expire(now));
            case OPEN -> false;
        };
    }

    // The order moves first: only the path that moved it goes on to the stock (orders row, then
    // products row, always in this order). Taking the stock is conditional too; when it is short the
    // buyer has paid for nothing, so the order says so and a refund of everything they paid is owed,
    // in this same transaction.
    private boolean markPaid(Order order, CheckoutSessionState session, Optional<String> buyerEmail, Instant now) {
        if (!applied(order.confirmPayment(session.amountTotal(), session.paymentIntentId(), now))) {
            return false;
        }
        if (takeStock(order, now)) {
            // The receipt and the seller's new order, committed with the order's move or not at all.
            notices.paid(order, session.amountTotal(), buyerEmail, now);
            return true;
        }
        orders.apply(order.soldOutAfterPayment(now));
        long charged = session.amountTotal();
        if (charged > 0) {
            refunds.add(OrderRefund.owed(order.id(), charged, RefundReason.OUT_OF_STOCK, false, SYSTEM, now, now));
        }
        LOG.info("Order " + order.id() + " was paid after its product sold out; a full refund is queued");
        return true;
    }

    // A delayed payment failed: the buyer is told, in the transaction that records it.
    private boolean paymentFailed(Order order, Optional<String> buyerEmail, Instant now) {
        if (!applied(order.failPayment(now))) {
            return false;
        }
        notices.paymentFailed(order, buyerEmail, now);
        return true;
    }

    private boolean applied(Optional<OrderTransition> move) {
        return move.filter(orders::apply).isPresent();
    }
}
