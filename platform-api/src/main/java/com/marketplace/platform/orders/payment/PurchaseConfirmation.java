package com.marketplace.platform.orders.payment;

import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentRule;
import com.marketplace.platform.orders.domain.PaymentVerdict;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseGateway;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.payment.PaymentTransitions.PurchaseWithOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The payment confirmation of a purchase across sellers, for its webhooks, its return page and the
 * reconciler alike: re-fetch the purchase's one session on the platform, judge it
 * ({@link PaymentRule}), read the charge its payment made (the transfers' {@code source_transaction}),
 * and apply the verdict to every order of the purchase in one transaction
 * ({@link PaymentTransitions#applyToPurchase}). Only the session the purchase stored settles it.
 */
@ApplicationScoped
public class PurchaseConfirmation {

    private static final Logger LOG = Logger.getLogger(PurchaseConfirmation.class.getName());

    private PaymentGateway stripe;
    private PurchaseGateway purchaseStripe;
    private PaymentTransitions transitions;

    protected PurchaseConfirmation() {
        // for CDI proxies
    }

    @Inject
    public PurchaseConfirmation(PaymentGateway stripe, PurchaseGateway purchaseStripe, PaymentTransitions transitions) {
        this.stripe = stripe;
        this.purchaseStripe = purchaseStripe;
        this.transitions = transitions;
    }

    /** Reads the purchase's session and applies what it says; answers the purchase and its orders as they are afterwards. */
    public PurchaseWithOrders confirm(PurchaseId id) {
        PurchaseWithOrders current = transitions.currentPurchase(id).orElseThrow();
        Purchase purchase = current.purchase();
        // Settled orders have nothing left to learn from the session: nobody spends Stripe's rate limit on them.
        if (current.orders().stream().allMatch(Order::isSettled) || purchase.checkoutSessionId().isEmpty()) {
            return current;
        }
        return settle(current, stripe.session(Optional.empty(), purchase.checkoutSessionId().get()));
    }

    /** Applies an already fetched session state (the reconciler's expiry) to the purchase. */
    PurchaseWithOrders settle(PurchaseWithOrders current, CheckoutSessionState session) {
        Purchase purchase = current.purchase();
        if (!purchase.isPaidThrough(session)) {
            LOG.severe("Session " + session.sessionId() + " is not the session of purchase " + purchase.id() + "; left unchanged");
            return current;
        }
        Order first = current.orders().get(0);
        PaymentVerdict verdict = PaymentRule.judge(session, intent -> stripe.paymentIntentStatus(first.routing(), intent));
        Optional<String> charge = verdict == PaymentVerdict.PAID
                ? session.paymentIntentId().flatMap(purchaseStripe::latestCharge)
                : Optional.empty();
        transitions.applyToPurchase(purchase.id(), verdict, session, charge);
        return transitions.currentPurchase(purchase.id()).orElseThrow();
    }
}
