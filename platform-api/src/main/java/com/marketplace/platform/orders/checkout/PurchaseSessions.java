package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentGateway.CreatedSession;
import com.marketplace.platform.orders.domain.PaymentGateway.SessionLine;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseGateway;
import com.marketplace.platform.orders.payment.PaymentTransitions;
import com.marketplace.platform.orders.payment.PaymentTransitions.PurchaseWithOrders;
import com.marketplace.platform.orders.workers.OrderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Creates the one Checkout Session of a purchase across sellers, on the platform, with every line of
 * every order, and stores its id on the purchase. As {@link CheckoutSessions}: every input comes from
 * the stored purchase (its lines, its key, its creation time), so a repeat by the reconciler sends
 * the identical request under the same idempotency key and gets the same session back; a session
 * whose total is not the sum of the orders' totals is expired unpaid and the creation fails.
 */
@ApplicationScoped
public class PurchaseSessions {

    private static final Logger LOG = Logger.getLogger(PurchaseSessions.class.getName());

    private PurchaseGateway purchaseStripe;
    private PaymentGateway stripe;
    private PaymentTransitions transitions;
    private OrderSettings settings;

    protected PurchaseSessions() {
        // for CDI proxies
    }

    @Inject
    public PurchaseSessions(PurchaseGateway purchaseStripe, PaymentGateway stripe, PaymentTransitions transitions, OrderSettings settings) {
        this.purchaseStripe = purchaseStripe;
        this.stripe = stripe;
        this.transitions = transitions;
        this.settings = settings;
    }

    /** The purchase with its session attached; throws {@code GatewayFailure} when Stripe did not make one it may be paid through. */
    public PurchaseWithOrders createFor(Purchase purchase, List<Order> orders) {
        List<SessionLine> lines = new ArrayList<>();
        long expected = 0;
        for (Order order : orders) {
            for (OrderLine line : transitions.linesOf(order.id())) {
                lines.add(SessionLine.of(line, order.currency().value()));
            }
            expected += order.expectedTotal().minorUnits();
        }
        Order first = orders.get(0);
        CreatedSession session = purchaseStripe.createSession(new PurchaseGateway.NewPurchaseSession(purchase.id(), purchase.requestKey(),
                lines, purchase.id().transferGroup(), settings.successUrl(), settings.cancelUrl(first.id().value()),
                purchase.createdAt().plus(settings.sessionLifetime()), first.buyerId().flatMap(buyer -> first.buyerEmail())));
        transitions.attachPurchaseSession(purchase.id(), session.sessionId(), session.url(), session.expiresAt());
        if (session.amountTotal() != expected) {
            LOG.severe("Session " + session.sessionId() + " of purchase " + purchase.id() + " asks " + session.amountTotal()
                    + " where its orders expect " + expected + "; it is expired unpaid");
            stripe.expireSession(first.routing(), session.sessionId(), "expire-" + purchase.requestKey());
            throw new GatewayFailure("Stripe's total for purchase " + purchase.id() + " (" + session.amountTotal()
                    + ") is not the expected " + expected, false, null);
        }
        return transitions.currentPurchase(purchase.id()).orElseThrow();
    }
}
