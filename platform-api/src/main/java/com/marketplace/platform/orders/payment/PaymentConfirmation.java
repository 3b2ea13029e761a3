package com.marketplace.platform.orders.payment;

import com.marketplace.platform.orders.chargeevents.ChargeCatchUp;
import com.marketplace.platform.orders.checkout.CheckoutSessions;
import com.marketplace.platform.orders.refunds.Refunds;
import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.PaymentRule;
import com.marketplace.platform.orders.domain.PaymentVerdict;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseRepository;
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
 *
 * <p>Only the order's own session moves it ({@link Order#isPaidThrough}, {@link Order#mayAdopt});
 * an order already settled is answered as the database has it, without asking Stripe.
 */
@ApplicationScoped
public class PaymentConfirmation {

    private static final Logger LOG = Logger.getLogger(PaymentConfirmation.class.getName());

    private OrderRepository orders;
    private PaymentGateway stripe;
    private PaymentTransitions transitions;
    private CheckoutSessions sessions;
    private ChargeCatchUp catchUp;
    private PurchaseConfirmation purchaseConfirmation;
    private PurchaseRepository purchases;

    protected PaymentConfirmation() {
        // for CDI proxies
    }

    /** Refunds and disputes that reached the charge before the order was marked paid are picked up right after. */
    @Inject
    void pickUpChargeHistoryWith(ChargeCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    /** A session no order stores may be a purchase's across sellers: that one settles every order of it. */
    @Inject
    void confirmPurchasesWith(PurchaseConfirmation purchaseConfirmation, PurchaseRepository purchases) {
        this.purchaseConfirmation = purchaseConfirmation;
        this.purchases = purchases;
    }

    @Inject
    public PaymentConfirmation(OrderRepository orders, PaymentGateway stripe, PaymentTransitions transitions, CheckoutSessions sessions) {
        this.orders = orders;
        this.stripe = stripe;
        this.transitions = transitions;
        this.sessions = sessions;
    }

    /**
     * A {@code checkout.session.*} event: from the Connect endpoint ({@code eventAccount} set) for a
     * Direct charge, from the platform endpoint for a Destination charge. A session the platform has
     * no record of yet (the crash between Stripe creating it and the order storing its id) is
     * read from Stripe and adopted by the order its metadata names, if Stripe confirms it is that
     * order's session.
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
        Optional<Purchase> purchase = purchaseOf(sessionId);
        if (purchase.isPresent()) {
            // A purchase across sellers is paid on the platform: its events come from the platform endpoint only.
            if (eventAccount.isPresent()) {
                LOG.warning("Ignored an event for session " + sessionId + " from a connected account; its purchase is the platform's");
                return;
            }
            purchaseConfirmation.confirm(purchase.get().id());
            return;
        }
        adoptUnknownSession(sessionId, eventAccount);
    }

    /** The buyer's return page: the session id comes from the browser, so only a session of a known order is read. */
    public Optional<Order> confirmBySession(String sessionId) {
        Optional<Order> order = orders.findBySession(sessionId).map(this::confirm);
        if (order.isPresent()) {
            return order;
        }
        // A purchase across sellers: every order of it is settled; the page shows the first.
        return purchaseOf(sessionId).map(purchase -> purchaseConfirmation.confirm(purchase.id()).orders().get(0));
    }

    private Optional<Purchase> purchaseOf(String sessionId) {
        return purchases == null ? Optional.empty() : purchases.findBySession(sessionId);
    }

    /** Reads the order's session and applies what it says; answers the order as it is afterwards. */
    public Order confirm(Order order) {
        // A settled order has nothing left to learn from its session: reading it again would only
        // spend the platform's Stripe rate limit, for anyone who holds a session id.
        if (order.isSettled() || order.checkoutSessionId().isEmpty()) {
            return order;
        }
        CheckoutSessionState session = stripe.session(order.routing().requestAccount(), order.checkoutSessionId().get());
        return settle(order, session);
    }

    /** Applies an already fetched session state (the reconciler's expiry) to its order. */
    Order settle(Order order, CheckoutSessionState session) {
        if (!order.isPaidThrough(session)) {
            LOG.severe("Session " + session.sessionId() + " is not the session of order " + order.id() + "; left unchanged");
            return order;
        }
        PaymentRouting routing = order.routing();
        PaymentVerdict verdict = PaymentRule.judge(session, intent -> stripe.paymentIntentStatus(routing, intent));
        boolean moved = transitions.apply(order, verdict, session);
        Order settled = reread(order.id());
        if (moved && verdict == PaymentVerdict.PAID && !settled.isSeparateTransfer()) {
            catchUp.pickUp(settled);
        }
        return settled;
    }

    // Metadata, currency and amount can all be copied onto a seller's own session (a Direct charge's
    // sessions live on the seller's account), so they only pick the candidate. The proof is Stripe's:
    // repeating the order's creation under its idempotency key answers the session Stripe made for
    // that order, and attaches it; the event's session is adopted only if it is that one.
    private void adoptUnknownSession(String sessionId, Optional<String> eventAccount) {
        CheckoutSessionState session = stripe.session(eventAccount, sessionId);
        if (session.orderId().isEmpty()) {
            // Not an order's session: a subscription's (subscription mode) is the subscriptions' business.
            LOG.fine(() -> "Session " + sessionId + " names no order; left to whoever made it");
            return;
        }
        Optional<Order> named = session.orderId().flatMap(id -> orders.find(new OrderId(id)));
        if (named.isEmpty() || !named.get().mayAdopt(session, eventAccount)) {
            LOG.warning("Ignored an event for session " + sessionId + ": no order of this platform may adopt it"
                    + named.map(order -> " (it names order " + order.id() + ")").orElse(""));
            return;
        }
        Order order = named.get();
        if (order.createdAt().isBefore(Instant.now().minus(OrderReconciler.REPLAY_WINDOW))) {
            LOG.severe("Session " + sessionId + " names order " + order.id() + ", too old to ask Stripe which session it made for it;"
                    + " not adopted, an admin must look at it");
            return;
        }
        Order healed = sessions.createFor(order);
        if (!healed.isPaidThrough(session)) {
            LOG.warning("Session " + sessionId + " names order " + order.id() + " but is not the session Stripe made for it ("
                    + healed.checkoutSessionId().orElse("none") + "); not adopted");
            return;
        }
        settle(healed, session);
    }

    private Order reread(OrderId id) {
        return transitions.current(id).orElseThrow();
    }
}
