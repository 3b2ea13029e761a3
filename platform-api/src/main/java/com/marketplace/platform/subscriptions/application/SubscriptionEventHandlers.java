package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import com.marketplace.platform.subscriptions.domain.BillingGateway;
import com.marketplace.platform.subscriptions.domain.CheckoutState;
import com.marketplace.platform.subscriptions.domain.InvoiceState;
import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import com.marketplace.platform.subscriptions.domain.SubscriptionRepository;
import com.marketplace.platform.subscriptions.domain.SubscriptionStatus;
import com.marketplace.platform.subscriptions.notices.SubscriptionNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The subscription lifecycle's Stripe events. Each is only a reason to ask Stripe: the payload is
 * never read as state, only its object's id, and the subscription is mirrored from a re-fetch. A
 * Direct subscription's events arrive at the Connect endpoint with the seller's account, a
 * Destination one's at the platform endpoint: an event from any other account than the
 * subscription's is ignored. They run in the webhook worker's transaction, so the row's move and
 * its mail commit with the event's "processed" mark.
 */
@ApplicationScoped
public class SubscriptionEventHandlers {

    private static final Logger LOG = Logger.getLogger(SubscriptionEventHandlers.class.getName());

    private SubscriptionRepository subscriptions;
    private BillingGateway stripe;
    private SubscriptionMirror mirror;
    private SubscriptionNotices notices;
    private Clock clock;

    protected SubscriptionEventHandlers() {
        // for CDI proxies
    }

    @Inject
    public SubscriptionEventHandlers(SubscriptionRepository subscriptions, BillingGateway stripe, SubscriptionMirror mirror,
                                     SubscriptionNotices notices) {
        this(subscriptions, stripe, mirror, notices, Clock.systemUTC());
    }

    public SubscriptionEventHandlers(SubscriptionRepository subscriptions, BillingGateway stripe, SubscriptionMirror mirror,
                                     SubscriptionNotices notices, Clock clock) {
        this.subscriptions = subscriptions;
        this.stripe = stripe;
        this.mirror = mirror;
        this.notices = notices;
        this.clock = clock;
    }

    void onSessionCompleted(@Observes @StripeEventType("checkout.session.completed") StripeEventReceived event) {
        sessionEvent(event.objectId(), event.connectedAccount());
    }

    void onSessionExpired(@Observes @StripeEventType("checkout.session.expired") StripeEventReceived event) {
        sessionEvent(event.objectId(), event.connectedAccount());
    }

    void onCreated(@Observes @StripeEventType("customer.subscription.created") StripeEventReceived event) {
        subscriptionEvent(event.objectId(), event.connectedAccount(), subscription -> { });
    }

    void onUpdated(@Observes @StripeEventType("customer.subscription.updated") StripeEventReceived event) {
        subscriptionEvent(event.objectId(), event.connectedAccount(), subscription -> { });
    }

    void onDeleted(@Observes @StripeEventType("customer.subscription.deleted") StripeEventReceived event) {
        subscriptionEvent(event.objectId(), event.connectedAccount(), subscription -> { });
    }

    void onTrialWillEnd(@Observes @StripeEventType("customer.subscription.trial_will_end") StripeEventReceived event) {
        subscriptionEvent(event.objectId(), event.connectedAccount(), subscription -> {
            if (subscription.status() == SubscriptionStatus.TRIALING) {
                notices.trialEnding(subscription, now());
            }
        });
    }

    void onInvoicePaid(@Observes @StripeEventType("invoice.paid") StripeEventReceived event) {
        invoiceEvent(event, (subscription, invoice) -> {
            if (invoice.isPaidRenewal()) {
                notices.renewalPaid(subscription, invoice, now());
            }
        });
    }

    void onInvoicePaymentFailed(@Observes @StripeEventType("invoice.payment_failed") StripeEventReceived event) {
        invoiceEvent(event, (subscription, invoice) -> {
            // A failure reported after the invoice got paid (events out of order) is no news to the buyer.
            if (invoice.isOpen() && invoice.attemptCount() > 0) {
                notices.renewalFailed(subscription, invoice, now());
            }
        });
    }

    void onInvoiceActionRequired(@Observes @StripeEventType("invoice.payment_action_required") StripeEventReceived event) {
        invoiceEvent(event, (subscription, invoice) -> {
            if (invoice.isOpen()) {
                notices.actionRequired(subscription, invoice, now());
            }
        });
    }

    /** A subscription-mode session completed or expired: the row it was made for follows it. Payment-mode sessions are the orders'. */
    void sessionEvent(Optional<String> objectId, Optional<String> eventAccount) {
        Optional<String> sessionId = objectId.filter(id -> id.startsWith("cs_"));
        if (sessionId.isEmpty()) {
            return;
        }
        Optional<Subscription> known = subscriptions.findBySession(sessionId.get());
        if (known.isPresent()) {
            if (!known.get().matchesEventAccount(eventAccount)) {
                LOG.warning("Ignored an event for session " + sessionId.get() + " from an account other than its subscription's");
                return;
            }
            mirror.mirror(known.get().id(), Optional.empty());
            return;
        }
        CheckoutState session = stripe.session(eventAccount, sessionId.get());
        if (!session.isSubscriptionMode()) {
            return;
        }
        Optional<Subscription> named = session.subscriptionRef().flatMap(ref -> ref > 0 ? subscriptions.find(new SubscriptionId(ref)) : Optional.empty());
        if (named.isEmpty() || !named.get().matchesEventAccount(eventAccount)) {
            LOG.warning("Ignored an event for subscription-mode session " + sessionId.get() + ": no subscription of this platform on its account");
            return;
        }
        mirror.adopt(named.get().id(), session);
    }

    /** A customer.subscription.* event: the row is mirrored, then {@code after} sees it as it is now. */
    void subscriptionEvent(Optional<String> objectId, Optional<String> eventAccount, Consumer<Subscription> after) {
        Optional<String> stripeId = objectId.filter(id -> id.startsWith("sub_"));
        if (stripeId.isEmpty()) {
            return;
        }
        resolve(stripeId.get(), eventAccount).ifPresent(id -> {
            Mirrored mirrored = mirror.mirror(id, stripeId);
            after.accept(mirrored.subscription());
        });
    }

    private void invoiceEvent(StripeEventReceived event, BiConsumer<Subscription, InvoiceState> after) {
        Optional<String> invoiceId = event.objectId().filter(id -> id.startsWith("in_"));
        if (invoiceId.isEmpty()) {
            return;
        }
        Optional<String> eventAccount = event.connectedAccount();
        InvoiceState invoice = stripe.invoice(eventAccount, invoiceId.get());
        if (invoice.subscriptionId().isEmpty()) {
            return;
        }
        resolve(invoice.subscriptionId().get(), eventAccount).ifPresent(id -> {
            Mirrored mirrored = mirror.mirror(id, invoice.subscriptionId());
            after.accept(mirrored.subscription(), invoice);
        });
    }

    /**
     * The row of a Stripe subscription on the event's account: by its id once linked, else by the
     * {@code metadata[subscription_id]} Stripe keeps on it (an event can come before the session's).
     * Empty for a subscription this platform did not make, or one on another account.
     */
    private Optional<SubscriptionId> resolve(String stripeId, Optional<String> eventAccount) {
        Optional<Subscription> row = subscriptions.findByStripeId(stripeId);
        if (row.isEmpty()) {
            row = stripe.subscription(eventAccount, stripeId).subscriptionRef()
                    .flatMap(ref -> ref > 0 ? subscriptions.find(new SubscriptionId(ref)) : Optional.empty());
        }
        if (row.isEmpty()) {
            LOG.fine(() -> "Stripe subscription " + stripeId + " is not one of this platform's; event ignored");
            return Optional.empty();
        }
        if (!row.get().matchesEventAccount(eventAccount)) {
            LOG.warning("Ignored an event for Stripe subscription " + stripeId + " from an account other than subscription "
                    + row.get().id() + "'s");
            return Optional.empty();
        }
        return Optional.of(row.get().id());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
