package com.marketplace.platform.orders.refunds;

import com.marketplace.platform.orders.workers.OrderSettings;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries out one refund from the outbox: lease it, ask Stripe (with the refund's own idempotency
 * key, so a repeat never refunds twice), record the outcome. Stripe unreachable: the refund stays
 * PENDING and is tried again later, waiting twice as long each time. Stripe refusing it: FAILED,
 * logged for an admin; it is never silently dropped.
 */
@ApplicationScoped
public class RefundExecutor {

    private static final Logger LOG = Logger.getLogger(RefundExecutor.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_RETRY_WAIT = Duration.ofHours(1);

    private RefundSteps steps;
    private PaymentGateway stripe;
    private OrderSettings settings;

    protected RefundExecutor() {
        // for CDI proxies
    }

    @Inject
    public RefundExecutor(RefundSteps steps, PaymentGateway stripe, OrderSettings settings) {
        this.steps = steps;
        this.stripe = stripe;
        this.settings = settings;
    }

    /** The outbox's call: runs the refund if it is due and nobody else is running it; answers whether this call ran it. */
    public boolean execute(long refundId) {
        return run(refundId, false);
    }

    /** The requester's call, right after writing it: sends it now, before it is due for the outbox. */
    public boolean executeNow(long refundId) {
        return run(refundId, true);
    }

    private boolean run(long refundId, boolean evenIfNotDue) {
        return steps.lease(refundId, Instant.now().plus(LEASE), evenIfNotDue).map(leased -> {
            run(leased.refund(), leased.order());
            return true;
        }).orElse(false);
    }

    private void run(OrderRefund refund, Order order) {
        try {
            String stripeRefundId = stripe.refund(order.routing(), order.paymentIntentId().orElseThrow(), refund.amountIn(order),
                    "refund-" + refund.requestKey());
            steps.succeeded(refund, order, stripeRefundId);
        } catch (GatewayFailure e) {
            if (e.isTransient()) {
                Instant next = Instant.now().plus(backoff(refund.attempts()));
                steps.retryLater(refund.id(), e.getMessage(), next);
                LOG.warning("Refund " + refund.id() + " of order " + order.id() + " will be retried at " + next + ": " + e.getMessage());
            } else {
                steps.failed(refund.id(), e.getMessage());
                LOG.severe("Refund " + refund.id() + " of order " + order.id() + " was refused by Stripe and needs an admin: " + e.getMessage());
            }
            return;
        }
        syncRefundedAmount(order);
    }

    // The order's refunded amount is Stripe's total for the charge, read back rather than added up
    // here: the charge.refunded event records the same figure, and whichever comes second changes nothing.
    private void syncRefundedAmount(Order order) {
        if (order.isSeparateTransfer()) {
            steps.recordOwnRefunds(order.id());
            return;
        }
        try {
            steps.recordRefunded(order.id(), stripe.paymentRefunds(order.routing(), order.paymentIntentId().orElseThrow()).amountRefunded());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refund of order " + order.id() + " went through; its charge.refunded event will record it: " + e.getMessage());
        }
    }

    private Duration backoff(int attempts) {
        Duration wait = settings.refundRetryBase().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(MAX_RETRY_WAIT) > 0 ? MAX_RETRY_WAIT : wait;
    }
}
