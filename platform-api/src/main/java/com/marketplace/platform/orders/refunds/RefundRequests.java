package com.marketplace.platform.orders.refunds;

import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A refund asked for by the admin or the order's seller, for the API and both pages. What is left
 * to refund counts refunds made at Stripe too (the Dashboard's): the charge's {@code amount_refunded}
 * is read live first, outside the transaction, so no row lock is held while Stripe answers; then
 * the request is checked and written to the outbox under the lock ({@link RefundPromises}). Stripe
 * is asked to refund after the commit ({@link RefundExecutor}).
 */
@ApplicationScoped
public class RefundRequests {

    private static final Logger LOG = Logger.getLogger(RefundRequests.class.getName());

    private OrderRepository orders;
    private PaymentGateway stripe;
    private RefundPromises promises;

    protected RefundRequests() {
        // for CDI proxies
    }

    @Inject
    public RefundRequests(OrderRepository orders, PaymentGateway stripe, RefundPromises promises) {
        this.orders = orders;
        this.stripe = stripe;
        this.promises = promises;
    }

    /**
     * {@code amount} empty: all that is left. {@code restock}: put the items back once the refund
     * went through. Stripe unreachable while its figure is read: the request is still taken, on the
     * refunds recorded so far (see {@link #refundedAtStripe}).
     */
    public OrderRefund request(OrderId id, Optional<Long> amount, boolean restock, Caller caller, String requestedBy) {
        Order order = orders.find(id)
                .filter(found -> caller.mayActFor(found.sellerId()))
                .orElseThrow(() -> new OrderRefusal(OrderRefusal.Reason.ORDER_NOT_FOUND, "No order with id " + id));
        return promises.promise(id, amount, restock, caller, requestedBy, refundedAtStripe(order));
    }

    // An order that cannot be refunded is refused under the lock whatever Stripe says: no need to ask.
    // When Stripe does not answer, the buyer's refund is still owed: it is queued on the refunds
    // recorded so far (charge.refunded events), and the outbox sends it once Stripe is back. A
    // Dashboard refund not yet recorded can then make it too large; Stripe refuses the excess and
    // the refund ends FAILED for an admin, so no money moves twice.
    private long refundedAtStripe(Order order) {
        if (!OrderStatus.REFUNDABLE.contains(order.status()) || order.paymentIntentId().isEmpty()) {
            return 0;
        }
        // One charge pays every order of a purchase across sellers: its amount_refunded is the
        // purchase's, not this order's; the order's own refunds are what counts against its share.
        if (order.isSeparateTransfer()) {
            return order.refunded().minorUnits();
        }
        try {
            return stripe.paymentRefunds(order.routing(), order.paymentIntentId().get()).amountRefunded();
        } catch (GatewayFailure e) {
            if (!e.isTransient()) {
                throw e;
            }
            LOG.warning("Refund of order " + order.id() + " is taken on its recorded refunds: Stripe's figure could not be read ("
                    + e.getMessage() + ")");
            return order.refunded().minorUnits();
        }
    }
}
