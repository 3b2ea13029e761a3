package com.marketplace.platform.orders.application;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentGateway.CreatedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Creates an order's Checkout Session and stores its id on the order. Every input is derived from
 * the order alone (its frozen price and fee, its request key, its creation time), so a repeat, by
 * the reconciler after Stripe did not answer, sends the identical request under the same
 * idempotency key and gets the same session back instead of a second one.
 */
@ApplicationScoped
public class CheckoutSessions {

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

    /** The order with its session attached; throws {@code GatewayFailure} when Stripe did not make one. */
    public Order createFor(Order order) {
        CreatedSession session = stripe.createSession(new PaymentGateway.NewSession(order.routing(), order.id(), order.requestKey(),
                order.productName(), order.pricing(), settings.successUrl(), settings.cancelUrl(order.id().value()),
                order.createdAt().plus(settings.sessionLifetime())));
        transitions.attachSession(order.id(), session.sessionId(), session.url(), session.expiresAt());
        return transitions.current(order.id()).orElseThrow();
    }
}
