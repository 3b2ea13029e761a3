package com.marketplace.platform.orders.application;

import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.PaymentRule;
import com.marketplace.platform.orders.domain.PaymentVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one way an order learns whether it was paid, for the webhook handlers, the buyer's return
 * page and the reconciler alike: re-fetch the Checkout Session from Stripe (as the seller's account
 * for a Direct charge), judge it ({@link PaymentRule}), and apply the verdict in one transaction
 * ({@link PaymentTransitions}). Nothing a webhook payload or a browser says is taken as the state.
 */
@ApplicationScoped
public class PaymentConfirmation {

    private static final Logger LOG = Logger.getLogger(PaymentConfirmation.class.getName());

    private OrderRepository orders;
    private PaymentGateway stripe;
    private PaymentTransitions transitions;
    private ChargeCatchUp catchUp;

    protected PaymentConfirmation() {
        // for CDI proxies
    }

    /** Refunds and disputes that reached the charge before the order was marked paid are picked up right after. */
    @Inject
    void pickUpChargeHistoryWith(ChargeCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @Inject
    public PaymentConfirmation(OrderRepository orders, PaymentGateway stripe, PaymentTransitions transitions) {
        this.orders = orders;
        this.stripe = stripe;
        this.transitions = transitions;
    }

    /**
     * A {@code checkout.session.*} event: from the Connect endpoint ({@code eventAccount} set) for a
     * Direct charge, from the platform endpoint for a Destination charge. A session the platform has
     * no record of yet (the crash between Stripe creating it and the order storing its id) is
     * read from Stripe and matched to its order by the metadata the platform wrote on it.
     */
    public void confirmFromEvent(String sessionId, Optional<String> eventAccount) {
        Optional<Order> known = orders.findBySession(sessionId);
        if (known.isPresent()) {
            if (!known.get().routing().matchesEventAccount(eventAccount)) {
                LOG.warning("Ignored an event for session " + sessionId + " from an account other than its order's");
                return;
            }
            confirm(known.get());
            return;
        }
        adoptUnknownSession(sessionId, eventAccount);
    }

    /** The buyer's return page: the session id comes from the browser, so only a session of a known order is read. */
    public Optional<Order> confirmBySession(String sessionId) {
        return orders.findBySession(sessionId).map(this::confirm);
    }

    /** Reads the order's session and applies what it says; answers the order as it is afterwards. */
    public Order confirm(Order order) {
        if (order.checkoutSessionId().isEmpty()) {
            return order;
        }
        CheckoutSessionState session = stripe.session(order.routing().requestAccount(), order.checkoutSessionId().get());
        return settle(order, session);
    }

    /** Applies an already fetched session state (the reconciler's expiry) to its order. */
    Order settle(Order order, CheckoutSessionState session) {
        if (!order.isNamedBy(session)) {
            LOG.severe("Session " + session.sessionId() + " does not name order " + order.id() + "; left unchanged");
            return order;
        }
        PaymentRouting routing = order.routing();
        PaymentVerdict verdict = PaymentRule.judge(session, intent -> stripe.paymentIntentStatus(routing, intent));
        boolean moved = transitions.apply(order, verdict, session);
        Order settled = reread(order.id());
        if (moved && verdict == PaymentVerdict.PAID) {
            catchUp.pickUp(settled);
        }
        return settled;
    }

    private void adoptUnknownSession(String sessionId, Optional<String> eventAccount) {
        CheckoutSessionState session = stripe.session(eventAccount, sessionId);
        Optional<Order> named = session.orderId().flatMap(id -> orders.find(new OrderId(id)))
                .filter(order -> order.isNamedBy(session))
                .filter(order -> order.routing().matchesEventAccount(eventAccount));
        if (named.isEmpty()) {
            LOG.info("Ignored an event for session " + sessionId + ", which belongs to no order of this platform");
            return;
        }
        transitions.attachSession(named.get().id(), session.sessionId(), null, session.expiresAt());
        settle(reread(named.get().id()), session);
    }

    private Order reread(OrderId id) {
        return transitions.current(id).orElseThrow();
    }
}
