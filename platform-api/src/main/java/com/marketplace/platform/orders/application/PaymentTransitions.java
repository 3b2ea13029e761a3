package com.marketplace.platform.orders.application;

import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PaymentVerdict;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.orders.domain.RefundReason;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
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

    public boolean giveUp(OrderId order, String problem) {
        return orders.move(order, OrderStatus.EXPIRED, Optional.of(problem), Instant.now());
    }

    /** Applies what Stripe says of the order's session; false when there was nothing (left) to do. */
    public boolean apply(Order order, PaymentVerdict verdict, CheckoutSessionState session) {
        Instant now = Instant.now();
        return switch (verdict) {
            case PAID -> markPaid(order, session, now);
            case AWAITING_PAYMENT -> orders.move(order.id(), OrderStatus.AWAITING_PAYMENT, Optional.empty(), now);
            case PAYMENT_FAILED -> orders.move(order.id(), OrderStatus.PAYMENT_FAILED, Optional.of("The delayed payment failed"), now);
            case EXPIRED -> orders.move(order.id(), OrderStatus.EXPIRED, Optional.empty(), now);
            case OPEN -> false;
        };
    }

    // The order moves first: only the path that moved it goes on to the stock. Taking the stock is
    // conditional too; when it is short the buyer has paid for nothing, so the order says so and a
    // refund of everything they paid is owed, in this same transaction.
    private boolean markPaid(Order order, CheckoutSessionState session, Instant now) {
        long charged = session.amountTotal();
        long fee = charged == 0 ? 0 : order.applicationFee().minorUnits();
        if (!orders.markPaid(order.id(), charged, fee, session.paymentIntentId(), now)) {
            return false;
        }
        if (orders.takeStock(order.productId(), order.quantity(), now)) {
            return true;
        }
        orders.move(order.id(), OrderStatus.PAID_OUT_OF_STOCK, Optional.of("Sold out before the payment was confirmed"), now);
        if (charged > 0) {
            refunds.add(OrderRefund.owed(order.id(), charged, RefundReason.OUT_OF_STOCK, false, SYSTEM, now, now));
        }
        LOG.info("Order " + order.id() + " was paid after its product sold out; a full refund is queued");
        return true;
    }
}
