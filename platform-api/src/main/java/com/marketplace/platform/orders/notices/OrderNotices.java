package com.marketplace.platform.orders.notices;

import com.marketplace.platform.notifications.domain.NewNotification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.Outbox;
import com.marketplace.platform.orders.domain.DisputeMove;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.RefundReason;
import com.marketplace.platform.sellers.SellerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The messages an order's moves owe its buyer and its seller, written into the outbox by the
 * transaction that makes the move (it must be called inside it): committed together or not at
 * all, and sent after commit. The subject of each ({@code order_42}, {@code refund_7},
 * {@code dispute_dp_1}) makes a repeated move, a duplicate event or a replay write nothing new.
 * A buyer's address is the Checkout Session's {@code customer_details.email}; a seller's, the one
 * they signed up with. The data carries no card detail and no secret: what the templates show.
 */
@ApplicationScoped
public class OrderNotices {

    private static final Logger LOG = Logger.getLogger(OrderNotices.class.getName());

    private Outbox outbox;
    private SellerDirectory sellers;

    protected OrderNotices() {
        // for CDI proxies
    }

    @Inject
    public OrderNotices(Outbox outbox, SellerDirectory sellers) {
        this.outbox = outbox;
        this.sellers = sellers;
    }

    /** The order was just marked paid: the buyer's receipt and the seller's new order. */
    public void paid(Order order, long charged, Optional<String> buyerEmail, Instant now) {
        Map<String, String> data = orderData(order, charged);
        buyerEmail.ifPresentOrElse(email -> add(NotificationKind.ORDER_RECEIPT, email, order, data, now),
                () -> LOG.warning("Order " + order.id() + " was paid without a buyer's email in its session: no receipt is sent"));
        Map<String, String> sellerData = new LinkedHashMap<>(data);
        sellerData.put("fee", Long.toString(charged == 0 ? 0 : order.applicationFee().minorUnits()));
        toSeller(NotificationKind.SELLER_NEW_ORDER, order, "order_" + order.id(), sellerData, now);
    }

    /** The delayed payment failed: the buyer learns it, and may buy again. */
    public void paymentFailed(Order order, Optional<String> buyerEmail, Instant now) {
        buyerEmail.or(order::buyerEmail).ifPresent(email ->
                add(NotificationKind.PAYMENT_FAILED, email, order, orderData(order, order.total().minorUnits()), now));
    }

    /** A refund went through at Stripe: the buyer is told the money is on its way back, the seller that it left. */
    public void refunded(Order order, OrderRefund refund, Instant now) {
        Map<String, String> data = orderData(order, order.total().minorUnits());
        data.put("refundId", Long.toString(refund.id()));
        data.put("refundAmount", Long.toString(refund.amount()));
        String subject = "refund_" + refund.id();
        NotificationKind buyerKind = refund.reason() == RefundReason.OUT_OF_STOCK ? NotificationKind.OUT_OF_STOCK_REFUND : NotificationKind.REFUND_ISSUED;
        order.buyerEmail().ifPresent(email -> write(buyerKind, email, subject, data, now));
        toSeller(NotificationKind.SELLER_REFUND, order, subject, data, now);
    }

    /** A dispute moved the order: the seller hears of it when it opens (with the evidence deadline) and when it closes. */
    public void disputeMoved(Order order, DisputeMove move, Instant now) {
        Map<String, String> data = orderData(order, order.total().minorUnits());
        data.put("disputeId", move.disputeId());
        data.put("disputeStatus", move.disputeStatus());
        move.evidenceDueBy().ifPresent(due -> data.put("evidenceDueBy", due.toString()));
        String subject = "dispute_" + move.disputeId();
        if (move.flags()) {
            toSeller(NotificationKind.DISPUTE_OPENED, order, subject, data, now);
        }
        if (isClosed(move.disputeStatus())) {
            toSeller(NotificationKind.DISPUTE_CLOSED, order, subject, data, now);
        }
    }

    private static boolean isClosed(String disputeStatus) {
        return "won".equals(disputeStatus) || "lost".equals(disputeStatus) || "warning_closed".equals(disputeStatus);
    }

    private void add(NotificationKind kind, String recipient, Order order, Map<String, String> data, Instant now) {
        write(kind, recipient, "order_" + order.id(), data, now);
    }

    private void toSeller(NotificationKind kind, Order order, String subject, Map<String, String> data, Instant now) {
        sellers.contactEmail(order.sellerId()).ifPresentOrElse(email -> write(kind, email, subject, data, now),
                () -> LOG.warning("Seller " + order.sellerId() + " of order " + order.id() + " has no email: no " + kind.code() + " is sent"));
    }

    // An address no mail can go to loses that one message, never the order's move it reports.
    private void write(NotificationKind kind, String recipient, String subject, Map<String, String> data, Instant now) {
        NewNotification message;
        try {
            message = new NewNotification(kind, recipient, subject, data);
        } catch (IllegalArgumentException unsendable) {
            LOG.warning("No " + kind.code() + " for " + subject + ": " + unsendable.getMessage());
            return;
        }
        outbox.add(message, now);
    }

    private static Map<String, String> orderData(Order order, long amount) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("orderId", order.id().toString());
        data.put("productId", Long.toString(order.productId().value()));
        data.put("productName", order.productName());
        data.put("quantity", Integer.toString(order.quantity()));
        data.put("amount", Long.toString(amount));
        data.put("currency", order.currency().value());
        return data;
    }
}
