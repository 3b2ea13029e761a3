package com.marketplace.platform.orders.chargeevents;

import com.marketplace.platform.orders.disputes.DisputeSteps;
import com.marketplace.platform.orders.refunds.RefundSteps;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentGateway.DisputeState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When an order has just been marked paid, picks up what already happened to its charge at Stripe
 * before the platform knew it was paid: refunds (the charge's {@code amount_refunded}) and disputes.
 * Their events may have been recorded as about no order back then, or be dead in the inbox; they
 * are recorded here through the same steps as the events, which only ever move an order forward,
 * so doing it twice (here and by the event) changes nothing the second time.
 *
 * <p>Called after the marking transaction (or, for a webhook, after the marking update in the
 * event's transaction), never before it. Stripe failing here never undoes the payment: the events
 * still arrive and are retried until recorded.
 */
@ApplicationScoped
public class ChargeCatchUp {

    private static final Logger LOG = Logger.getLogger(ChargeCatchUp.class.getName());

    private PaymentGateway stripe;
    private RefundSteps refunds;
    private DisputeSteps disputes;

    protected ChargeCatchUp() {
        // for CDI proxies
    }

    @Inject
    public ChargeCatchUp(PaymentGateway stripe, RefundSteps refunds, DisputeSteps disputes) {
        this.stripe = stripe;
        this.refunds = refunds;
        this.disputes = disputes;
    }

    /** A paid order's charge, read from Stripe; a free order (no payment intent) has none. */
    public void pickUp(Order order) {
        order.paymentIntentId().ifPresent(paymentIntentId -> {
            try {
                long refunded = stripe.paymentRefunds(order.routing(), paymentIntentId).amountRefunded();
                if (refunded > 0) {
                    refunds.recordRefunded(order.id(), refunded);
                }
                for (DisputeState dispute : stripe.paymentDisputes(order.routing(), paymentIntentId)) {
                    disputes.record(order.id(), dispute);
                }
            } catch (RuntimeException e) {
                // Best effort on purpose: the payment is recorded whatever happens here, and the
                // refund and dispute events are retried until they record the same.
                LOG.log(Level.WARNING, "Order " + order.id() + " is paid; what happened to its charge before will come with its events", e);
            }
        });
    }
}
