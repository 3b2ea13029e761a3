package com.marketplace.platform.subscriptions.domain;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.plans.domain.BillingInterval;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanRouting;
import com.marketplace.platform.sellers.ChargeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A buyer's subscription to a seller's plan, mirroring Stripe's subscription.
 *
 * <p>Written PENDING_CHECKOUT before the Checkout Session exists (the session is keyed on its id),
 * then either CHECKOUT_EXPIRED or, once Stripe has the subscription, whatever Stripe says: every
 * later move is {@link #mirror}, applying a re-fetched state, never an event's payload, so events
 * in any order and any number of copies leave it where Stripe is. The routing (charge type and
 * account) and the fee rate are fixed when it begins: the subscription lives where its plan's
 * Prices live, and is charged the fee its seller had then.
 */
@Entity
@Table(name = "subscriptions")
public class Subscription {

    /** The buyer_customers account key of a Destination subscription's Customer, which lives on the platform. */
    public static final String PLATFORM_ACCOUNT = "platform";

    private static final Logger LOG = Logger.getLogger(Subscription.class.getName());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private long buyerId;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private long sellerId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "stripe_price_id", nullable = false, length = 255)
    private String stripePriceId;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "billing_interval", nullable = false, length = 5)
    private String interval;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_type", nullable = false, length = 20, updatable = false)
    private ChargeType chargeType;

    @Column(name = "seller_account_id", nullable = false, length = 255, updatable = false)
    private String sellerAccountId;

    @Column(name = "application_fee_bps", nullable = false, updatable = false)
    private int applicationFeeBps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SubscriptionStatus status;

    @Column(name = "checkout_session_id", length = 255)
    private String checkoutSessionId;

    @Column(name = "stripe_customer_id", length = 255)
    private String stripeCustomerId;

    @Column(name = "stripe_subscription_id", length = 255)
    private String stripeSubscriptionId;

    @Column(name = "cancel_at_period_end", nullable = false)
    private boolean cancelAtPeriodEnd;

    @Column(name = "trial_end")
    private Instant trialEnd;

    @Column(name = "current_period_start")
    private Instant currentPeriodStart;

    @Column(name = "current_period_end")
    private Instant currentPeriodEnd;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Subscription() {
        // for JPA
    }

    /** A buyer begins subscribing to a plan on its current Price: PENDING_CHECKOUT until Stripe has it. */
    public static Subscription begin(BuyerId buyer, PlanRouting routing, BilledPrice price, int applicationFeeBps, Instant now) {
        if (applicationFeeBps < 0 || applicationFeeBps > 10_000) {
            throw new IllegalArgumentException("A fee rate is 0..10000 basis points, got " + applicationFeeBps);
        }
        Subscription subscription = new Subscription();
        subscription.buyerId = buyer.value();
        subscription.sellerId = routing.seller().value();
        subscription.chargeType = routing.chargeType();
        subscription.sellerAccountId = routing.sellerAccountId();
        subscription.setPrice(price);
        subscription.applicationFeeBps = applicationFeeBps;
        subscription.status = SubscriptionStatus.PENDING_CHECKOUT;
        subscription.cancelAtPeriodEnd = false;
        subscription.createdAt = now;
        subscription.updatedAt = now;
        return subscription;
    }

    /** The Checkout Session made for it, and the buyer's Customer it bills. Only a pending subscription takes one. */
    public boolean checkoutOpened(String sessionId, String customerId, Instant now) {
        requireId(sessionId, "cs_");
        requireId(customerId, "cus_");
        if (status != SubscriptionStatus.PENDING_CHECKOUT || checkoutSessionId != null) {
            return false;
        }
        checkoutSessionId = sessionId;
        stripeCustomerId = customerId;
        updatedAt = now;
        return true;
    }

    /** The buyer left the session unpaid until it expired: nothing exists at Stripe to mirror. */
    public SubscriptionMove checkoutExpired(Instant now) {
        if (status != SubscriptionStatus.PENDING_CHECKOUT || stripeSubscriptionId != null) {
            return SubscriptionMove.none(status);
        }
        status = SubscriptionStatus.CHECKOUT_EXPIRED;
        updatedAt = now;
        return new SubscriptionMove(SubscriptionStatus.PENDING_CHECKOUT, status, false, false, false, true);
    }

    /** Whether a Stripe subscription is the one made for this row (its metadata names the row, or it is already linked). */
    public boolean isMirrorOf(StripeSubscription stripe) {
        if (stripeSubscriptionId != null) {
            return stripeSubscriptionId.equals(stripe.id());
        }
        return stripe.subscriptionRef().filter(ref -> ref == id).isPresent()
                && (stripeCustomerId == null || stripeCustomerId.equals(stripe.customerId()));
    }

    /**
     * Applies Stripe's state, as just re-fetched. {@code price} is what the platform's price history
     * knows of the Price Stripe bills now (empty for a Price it does not know: the plan stays).
     * Returns what moved; applying the same state again moves nothing.
     */
    public SubscriptionMove mirror(StripeSubscription stripe, Optional<BilledPrice> price, Instant now) {
        if (!isMirrorOf(stripe)) {
            throw new IllegalArgumentException("Stripe subscription " + stripe.id() + " is not the one of subscription " + id);
        }
        SubscriptionStatus before = status;
        Optional<SubscriptionStatus> reported = SubscriptionStatus.fromStripe(stripe.status());
        if (reported.isEmpty()) {
            LOG.warning("Subscription " + id + ": Stripe reports an unknown status " + stripe.status() + "; kept " + status);
        }
        SubscriptionStatus after = reported.orElse(status);
        boolean changed = !stripe.id().equals(stripeSubscriptionId)
                || !Objects.equals(stripe.customerId(), stripeCustomerId)
                || after != status
                || stripe.cancelAtPeriodEnd() != cancelAtPeriodEnd
                || !Objects.equals(stripe.trialEnd().orElse(null), trialEnd)
                || !Objects.equals(stripe.currentPeriodStart().orElse(null), currentPeriodStart)
                || !Objects.equals(stripe.currentPeriodEnd().orElse(null), currentPeriodEnd);
        boolean planChanged = false;
        if (price.isPresent() && !price.get().stripePriceId().equals(stripePriceId)) {
            planChanged = price.get().plan().value() != planId;
            setPrice(price.get());
            changed = true;
        } else if (price.isEmpty() && stripe.priceId() != null && !stripe.priceId().equals(stripePriceId)) {
            LOG.warning("Subscription " + id + " is billed on Price " + stripe.priceId() + ", which no plan has; its plan is kept");
        }
        stripeSubscriptionId = stripe.id();
        if (stripe.customerId() != null) {
            stripeCustomerId = stripe.customerId();
        }
        status = after;
        cancelAtPeriodEnd = stripe.cancelAtPeriodEnd();
        trialEnd = stripe.trialEnd().orElse(null);
        currentPeriodStart = stripe.currentPeriodStart().orElse(null);
        currentPeriodEnd = stripe.currentPeriodEnd().orElse(null);
        boolean started = false;
        boolean ended = false;
        if (after.access() != Access.NONE) {
            if (startedAt == null) {
                startedAt = now;
                started = true;
            }
            endedAt = null;
        } else if (after.ends() && startedAt != null && endedAt == null) {
            endedAt = now;
            ended = true;
        }
        if (changed || started || ended) {
            updatedAt = now;
        }
        return new SubscriptionMove(before, after, started, ended, planChanged, changed || started || ended);
    }

    // Idempotency keys: the subscription and what the request writes. A retry repeats its key; a
    // different change (another price, the row having moved since) gets another one.

    public String checkoutKey() {
        return "subscription-" + id + "-checkout";
    }

    public String changePriceKey(String targetPriceId) {
        return "subscription-" + id + "-price-" + targetPriceId + "-v" + version;
    }

    public String cancelKey(boolean atPeriodEnd) {
        return "subscription-" + id + (atPeriodEnd ? "-cancel-at-period-end-v" : "-cancel-now-v") + version;
    }

    public String portalKey(String nonce) {
        return "subscription-" + id + "-portal-" + nonce;
    }

    private void setPrice(BilledPrice price) {
        planId = price.plan().value();
        stripePriceId = price.stripePriceId();
        amount = price.amount().minorUnits();
        currency = price.amount().currency().value();
        interval = price.interval().value();
    }

    private static void requireId(String value, String prefix) {
        if (value == null || !value.startsWith(prefix)) {
            throw new IllegalArgumentException("Expected a Stripe id " + prefix + "..., got " + value);
        }
    }

    public SubscriptionId id() {
        return new SubscriptionId(id);
    }

    public BuyerId buyerId() {
        return new BuyerId(buyerId);
    }

    public SellerId sellerId() {
        return new SellerId(sellerId);
    }

    public PlanId planId() {
        return new PlanId(planId);
    }

    public PlanRouting routing() {
        return new PlanRouting(sellerId(), chargeType, sellerAccountId);
    }

    /** Whether an event that arrived for {@code eventAccount} (empty: the platform endpoint) is about this subscription's account. */
    public boolean matchesEventAccount(Optional<String> eventAccount) {
        return eventAccount.equals(routing().requestAccount());
    }

    /** The buyer_customers key of the account it lives on: the seller's account for Direct, "platform" for Destination. */
    public String customerAccountKey() {
        return routing().requestAccount().orElse(PLATFORM_ACCOUNT);
    }

    public String stripePriceId() {
        return stripePriceId;
    }

    public Money price() {
        return Money.of(amount, currency);
    }

    public BillingInterval interval() {
        return BillingInterval.parse(interval).orElseThrow();
    }

    public int applicationFeeBps() {
        return applicationFeeBps;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public Access access() {
        return status.access();
    }

    public Optional<String> checkoutSessionId() {
        return Optional.ofNullable(checkoutSessionId);
    }

    public Optional<String> stripeCustomerId() {
        return Optional.ofNullable(stripeCustomerId);
    }

    public Optional<String> stripeSubscriptionId() {
        return Optional.ofNullable(stripeSubscriptionId);
    }

    public boolean cancelAtPeriodEnd() {
        return cancelAtPeriodEnd;
    }

    public Optional<Instant> trialEnd() {
        return Optional.ofNullable(trialEnd);
    }

    public Optional<Instant> currentPeriodStart() {
        return Optional.ofNullable(currentPeriodStart);
    }

    public Optional<Instant> currentPeriodEnd() {
        return Optional.ofNullable(currentPeriodEnd);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
