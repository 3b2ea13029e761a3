package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.orders.workers.OrderSettings;
import com.marketplace.platform.orders.payment.PaymentTransitions;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentGateway.CreatedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.marketplace.platform.orders.domain.OrderLine;
import java.util.List;
import java.util.logging.Logger;

/**
 * Creates an order's Checkout Session and stores its id on the order. Every input is derived from
 * the order alone (its frozen price, discount and fee, its request key, its creation time), so a
 * repeat, by the reconciler after Stripe did not answer, sends the identical request under the same
 * idempotency key and gets the same session back instead of a second one.
 *
 * <p>The session must ask exactly what the order expects ({@link Order#expectedTotal}): the fee was
 * computed on that amount. If Stripe's total differs (its discount arithmetic is not the one the
 * platform mirrors), the session is expired before anyone can pay it and the creation fails as a
 * refusal, so the caller closes the order.
 */
@ApplicationScoped
public class CheckoutSessions {

    private static final Logger LOG = Logger.getLogger(CheckoutSessions.class.getName());

    private PaymentGateway stripe;
    private PaymentTransitions transitions;
    private OrderSettings settings;

    protected CheckoutSessions() {
        // for CDI proxies
    }

    @Inject
    public CheckoutSessions(PaymentGateway stripe, PaymentTransitions transitions, OrderSettings settings) {
        this.stripe = stripe;
        this.transitions = transitions;
        this.settings = settings;
    }

    private List<PaymentGateway.SessionLine> linesOf(Order order) {
        List<OrderLine> lines = transitions.linesOf(order.id());
        // Every stored order has its lines (V16 wrote those of earlier orders); an order built in memory is its one line.
        if (lines.isEmpty()) {
            return List.of(new PaymentGateway.SessionLine(order.productName(), order.quantity(), order.unitPrice()));
        }
        return lines.stream().map(line -> PaymentGateway.SessionLine.of(line, order.currency().value())).toList();
    }

    /** The order with its session attached; throws {@code GatewayFailure} when Stripe did not make one it may be paid through. */
    public Order createFor(Order order) {
        CreatedSession session = stripe.createSession(new PaymentGateway.NewSession(order.routing(), order.id(), order.requestKey(),
                order.productName(), order.pricing(), settings.successUrl(), settings.cancelUrl(order.id().value()),
                order.createdAt().plus(settings.sessionLifetime()), order.buyerId().flatMap(buyer -> order.buyerEmail()),
                linesOf(order)));
        transitions.attachSession(order.id(), session.sessionId(), session.url(), session.expiresAt());
        long expected = order.expectedTotal().minorUnits();
        if (session.amountTotal() != expected) {
            LOG.severe("Session " + session.sessionId() + " of order " + order.id() + " asks " + session.amountTotal()
                    + " where the order expects " + expected + "; it is expired unpaid");
            stripe.expireSession(order.routing(), session.sessionId(), "expire-" + order.requestKey());
            throw new GatewayFailure("Stripe's total for order " + order.id() + " (" + session.amountTotal()
                    + ") is not the expected " + expected, false, null);
        }
        return transitions.current(order.id()).orElseThrow();
    }
}
