package com.marketplace.platform.orders.application;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.orders.application.OrderPlacement.PlacedOrder;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.shared.error.ApiException;
import com.marketplace.platform.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * A buyer's checkout: the order is committed first ({@link OrderPlacement}), then its Checkout
 * Session is created ({@link CheckoutSessions}). If Stripe cannot be reached the order stays
 * PENDING without a session and the buyer is told to try again; the reconciler later finds out
 * whether Stripe made the session after all and settles the order (a session nobody was sent to
 * simply expires). If Stripe refuses, the order is closed as EXPIRED at once.
 */
@ApplicationScoped
public class CheckoutService {

    private static final Logger LOG = Logger.getLogger(CheckoutService.class.getName());

    private OrderPlacement placement;
    private CheckoutSessions sessions;
    private PaymentTransitions transitions;

    protected CheckoutService() {
        // for CDI proxies
    }

    @Inject
    public CheckoutService(OrderPlacement placement, CheckoutSessions sessions, PaymentTransitions transitions) {
        this.placement = placement;
        this.sessions = sessions;
        this.transitions = transitions;
    }

    public record StartedCheckout(Order order, String buyerToken) {
    }

    public StartedCheckout start(ProductId product, int quantity) {
        PlacedOrder placed = placement.place(product, quantity);
        Order order = placed.order();
        try {
            return new StartedCheckout(sessions.createFor(order), placed.buyerToken());
        } catch (GatewayFailure e) {
            LOG.warning("Checkout of order " + order.id() + " could not start: " + e.getMessage());
            if (e.isTransient()) {
                throw new ApiException(ErrorCode.STRIPE_UNAVAILABLE, "The payment page could not be prepared because Stripe"
                        + " did not answer; nothing was charged. Try again shortly.");
            }
            transitions.giveUp(order.id(), "Stripe refused its checkout session");
            throw new ApiException(ErrorCode.STRIPE_ERROR, "Stripe refused to prepare the payment page; nothing was charged.");
        }
    }
}
