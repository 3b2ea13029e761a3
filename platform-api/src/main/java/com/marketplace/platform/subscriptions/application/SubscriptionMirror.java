package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.subscriptions.domain.BilledPrice;
import com.marketplace.platform.subscriptions.domain.BillingGateway;
import com.marketplace.platform.subscriptions.domain.CheckoutState;
import com.marketplace.platform.subscriptions.domain.StripeSubscription;
import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import com.marketplace.platform.subscriptions.domain.SubscriptionMove;
import com.marketplace.platform.subscriptions.domain.SubscriptionRepository;
import com.marketplace.platform.subscriptions.notices.SubscriptionNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one way a subscription row follows Stripe: lock the row, re-fetch the Stripe subscription as
 * the account it lives on, let the aggregate apply it, write the mail the move owes. Every event
 * handler, the checkout's return page and every managing command end here. The row lock orders two
 * mirrors of one subscription: the later one re-fetches after the earlier committed, so whatever
 * the order of events, the row ends where Stripe is. Joins the caller's transaction (the webhook
 * worker's), or runs in its own.
 */
@ApplicationScoped
public class SubscriptionMirror {

    private static final Logger LOG = Logger.getLogger(SubscriptionMirror.class.getName());

    private SubscriptionRepository subscriptions;
    private BillingGateway stripe;
    private SubscriptionNotices notices;
    private Clock clock;

    protected SubscriptionMirror() {
        // for CDI proxies
    }

    @Inject
    public SubscriptionMirror(SubscriptionRepository subscriptions, BillingGateway stripe, SubscriptionNotices notices) {
        this(subscriptions, stripe, notices, Clock.systemUTC());
    }

    public SubscriptionMirror(SubscriptionRepository subscriptions, BillingGateway stripe, SubscriptionNotices notices, Clock clock) {
        this.subscriptions = subscriptions;
        this.stripe = stripe;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Mirrors the subscription from Stripe. Before the row knows its Stripe subscription, its
     * Checkout Session says which it is (or that it expired); {@code stripeSubscriptionId} is a
     * hint from an event, checked against the subscription's metadata before it is taken.
     */
    @Transactional
    public Mirrored mirror(SubscriptionId id, Optional<String> stripeSubscriptionId) {
        Subscription subscription = subscriptions.lock(id).orElseThrow(() -> new IllegalArgumentException("No subscription " + id));
        return mirrorLocked(subscription, stripeSubscriptionId, Optional.empty());
    }

    /**
     * Mirrors from a completed or expired session that names the row in its metadata: the row
     * takes the session if it has none yet (its own start failed after Stripe made it).
     */
    @Transactional
    public Mirrored adopt(SubscriptionId id, CheckoutState session) {
        Subscription subscription = subscriptions.lock(id).orElseThrow(() -> new IllegalArgumentException("No subscription " + id));
        if (subscription.checkoutSessionId().isEmpty() && session.customerId().isPresent()) {
            subscription.checkoutOpened(session.sessionId(), session.customerId().get(), now());
        }
        if (!subscription.checkoutSessionId().filter(session.sessionId()::equals).isPresent()) {
            LOG.warning("Session " + session.sessionId() + " names subscription " + id + ", which has another session; not adopted");
            return new Mirrored(subscription, SubscriptionMove.none(subscription.status()));
        }
        return mirrorLocked(subscription, session.subscriptionId(), Optional.of(session));
    }

    private Mirrored mirrorLocked(Subscription subscription, Optional<String> hint, Optional<CheckoutState> knownSession) {
        Optional<String> account = subscription.routing().requestAccount();
        Optional<String> stripeId = subscription.stripeSubscriptionId().or(() -> hint);
        if (stripeId.isEmpty()) {
            if (subscription.checkoutSessionId().isEmpty()) {
                return new Mirrored(subscription, SubscriptionMove.none(subscription.status()));
            }
            CheckoutState session = knownSession.orElseGet(() -> stripe.session(account, subscription.checkoutSessionId().get()));
            if (session.isExpired()) {
                SubscriptionMove move = subscription.checkoutExpired(now());
                return new Mirrored(subscription, move);
            }
            if (!session.isComplete() || session.subscriptionId().isEmpty()) {
                return new Mirrored(subscription, SubscriptionMove.none(subscription.status()));
            }
            stripeId = session.subscriptionId();
        }
        StripeSubscription fetched = stripe.subscription(account, stripeId.get());
        if (!subscription.isMirrorOf(fetched)) {
            LOG.warning("Stripe subscription " + fetched.id() + " is not the one of subscription " + subscription.id() + "; left unchanged");
            return new Mirrored(subscription, SubscriptionMove.none(subscription.status()));
        }
        Optional<BilledPrice> price = Optional.ofNullable(fetched.priceId()).flatMap(priceId -> subscriptions.price(subscription.sellerId(), priceId));
        Instant now = now();
        SubscriptionMove move = subscription.mirror(fetched, price, now);
        notices.moved(subscription, move, now);
        return new Mirrored(subscription, move);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
