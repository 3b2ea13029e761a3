package com.marketplace.platform.orders.payment;

import com.marketplace.platform.kernel.leases.JobLease;
import com.marketplace.platform.orders.checkout.CheckoutSessions;
import com.marketplace.platform.orders.workers.OrderSettings;
import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.checkout.PurchaseSessions;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.payment.PaymentTransitions.PurchaseWithOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Settles what no webhook and no return page settled: orders PENDING or AWAITING_PAYMENT for longer
 * than {@code RECONCILE_AFTER_SECONDS} are read from Stripe and go through the same confirmation as
 * everything else. A session past its {@code expires_at} that Stripe still reports open is expired
 * at Stripe first, so it cannot be paid after the order gave up on it. An order whose session was
 * never stored (Stripe did not answer at checkout) gets it by repeating the creation with the
 * same idempotency key, which returns the session if Stripe made one. One instance at a time: a
 * pass first takes the {@value #LEASE} lease, and an instance that cannot skips its turn, so N
 * instances do not all read the same orders from Stripe.
 */
@ApplicationScoped
public class OrderReconciler {

    private static final Logger LOG = Logger.getLogger(OrderReconciler.class.getName());
    static final int BATCH = 100;
    static final String LEASE = "order-reconciler";
    // Stripe keeps idempotency keys for 24 hours; after that a repeated creation would make a new
    // session. Any session made for an older order has expired anyway (they live 24 hours at most).
    static final Duration REPLAY_WINDOW = Duration.ofHours(23);

    private PaymentConfirmation confirmation;
    private PaymentTransitions transitions;
    private CheckoutSessions sessions;
    private PaymentGateway stripe;
    private OrderSettings settings;
    private PurchaseConfirmation purchases;
    private PurchaseSessions purchaseSessions;
    private JobLease lease;
    private final String instance = "orders-" + UUID.randomUUID();

    /** Purchases across sellers are reconciled through their own session. */
    @Inject
    void reconcilePurchasesWith(PurchaseConfirmation purchases, PurchaseSessions purchaseSessions) {
        this.purchases = purchases;
        this.purchaseSessions = purchaseSessions;
    }

    /** Instances share the reconciler's turn through this lease (docs/scaling.md). */
    @Inject
    void takeTurnsWith(JobLease lease) {
        this.lease = lease;
    }

    protected OrderReconciler() {
        // for CDI proxies
    }

    @Inject
    public OrderReconciler(PaymentConfirmation confirmation, PaymentTransitions transitions,
                           CheckoutSessions sessions, PaymentGateway stripe, OrderSettings settings) {
        this.confirmation = confirmation;
        this.transitions = transitions;
        this.sessions = sessions;
        this.stripe = stripe;
        this.settings = settings;
    }

    /**
     * One pass; answers how many orders it looked at (none when another instance holds the lease).
     * Each order's failure is its own: the rest go on.
     */
    public int pass() {
        Instant now = Instant.now();
        // The lease outlives the pass by more than the interval: a pass that dies leaves it to another instance soon.
        if (lease != null && !lease.hold(LEASE, instance, now, now.plus(settings.reconcileInterval().multipliedBy(2)))) {
            return 0;
        }
        List<Order> due = transitions.unsettledSince(now.minus(settings.reconcileAfter()), BATCH);
        for (Order order : due) {
            transitions.markReconciled(order.id());
            try {
                reconcile(order, now);
            } catch (GatewayFailure e) {
                LOG.warning("Order " + order.id() + " could not be reconciled this time: " + e.getMessage());
            }
        }
        return due.size() + purchasesPass(now);
    }

    /** A purchase across sellers is reconciled as a whole, through its one session. */
    private int purchasesPass(Instant now) {
        if (purchases == null) {
            return 0;
        }
        List<PurchaseId> due = transitions.unsettledPurchasesSince(now.minus(settings.reconcileAfter()), BATCH);
        for (PurchaseId purchase : due) {
            transitions.markPurchaseReconciled(purchase);
            try {
                reconcile(purchase, now);
            } catch (GatewayFailure e) {
                LOG.warning("Purchase " + purchase + " could not be reconciled this time: " + e.getMessage());
            }
        }
        return due.size();
    }

    private void reconcile(PurchaseId id, Instant now) {
        PurchaseWithOrders current = transitions.currentPurchase(id).orElseThrow();
        if (current.purchase().checkoutSessionId().isEmpty()) {
            if (current.purchase().createdAt().isBefore(now.minus(REPLAY_WINDOW))) {
                transitions.giveUpPurchase(id, "No checkout session was ever confirmed by Stripe");
                return;
            }
            try {
                current = purchaseSessions.createFor(current.purchase(), current.orders());
            } catch (GatewayFailure e) {
                if (e.isTransient()) {
                    throw e;
                }
                transitions.giveUpPurchase(id, "Stripe refused its checkout session");
                return;
            }
        }
        PurchaseWithOrders settled = purchases.confirm(id);
        boolean pastExpiry = settled.purchase().sessionExpiresAt().map(now::isAfter).orElse(false);
        if (settled.orders().stream().anyMatch(order -> order.status() == OrderStatus.PENDING) && pastExpiry) {
            CheckoutSessionState expired = stripe.expireSession(settled.orders().get(0).routing(),
                    settled.purchase().checkoutSessionId().orElseThrow(), "expire-" + settled.purchase().requestKey());
            purchases.settle(settled, expired);
        }
    }

    private void reconcile(Order order, Instant now) {
        if (order.checkoutSessionId().isEmpty()) {
            if (order.createdAt().isBefore(now.minus(REPLAY_WINDOW))) {
                transitions.giveUp(order, "No checkout session was ever confirmed by Stripe");
                return;
            }
            try {
                order = sessions.createFor(order);
            } catch (GatewayFailure e) {
                if (e.isTransient()) {
                    throw e;
                }
                // Refused now, so refused for good: nobody holds a link to pay this order.
                transitions.giveUp(order, "Stripe refused its checkout session");
                return;
            }
        }
        Order settled = confirmation.confirm(order);
        boolean pastExpiry = settled.sessionExpiresAt().map(now::isAfter).orElse(false);
        if (settled.status() == OrderStatus.PENDING && pastExpiry) {
            CheckoutSessionState expired = stripe.expireSession(settled.routing(), settled.checkoutSessionId().orElseThrow(),
                    "expire-" + settled.requestKey());
            confirmation.settle(settled, expired);
        }
    }
}
