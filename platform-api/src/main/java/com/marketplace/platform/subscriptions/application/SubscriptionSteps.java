package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanRepository;
import com.marketplace.platform.plans.domain.PlanStatus;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.subscriptions.domain.BilledPrice;
import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionFees;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import com.marketplace.platform.subscriptions.domain.SubscriptionRefusal;
import com.marketplace.platform.subscriptions.domain.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The database steps of subscribing, each its own transaction: {@link Subscriptions} calls Stripe
 * between them, never inside one, so no row lock is held while Stripe answers.
 */
@ApplicationScoped
public class SubscriptionSteps {

    private SubscriptionRepository subscriptions;
    private PlanRepository plans;
    private SellerDirectory sellers;
    private SubscriptionFees fees;
    private Clock clock;

    protected SubscriptionSteps() {
        // for CDI proxies
    }

    @Inject
    public SubscriptionSteps(SubscriptionRepository subscriptions, PlanRepository plans, SellerDirectory sellers, SubscriptionFees fees) {
        this(subscriptions, plans, sellers, fees, Clock.systemUTC());
    }

    public SubscriptionSteps(SubscriptionRepository subscriptions, PlanRepository plans, SellerDirectory sellers, SubscriptionFees fees,
                             Clock clock) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.sellers = sellers;
        this.fees = fees;
        this.clock = clock;
    }

    /**
     * Writes the subscription PENDING_CHECKOUT on the plan's current Price, with the seller's fee
     * rate now. The seller's row is read under a shared lock, so "may sell" holds until it commits.
     */
    @Transactional
    public Subscription begin(BuyerId buyer, PlanId planId) {
        Plan plan = plans.find(planId).filter(found -> found.status() == PlanStatus.ACTIVE)
                .orElseThrow(() -> new SubscriptionRefusal(SubscriptionRefusal.Reason.NOT_FOUND, "No plan with id " + planId + " is offered"));
        Optional<SellerStanding> seller = sellers.findForShare(plan.sellerId());
        if (seller.isEmpty()) {
            throw new SubscriptionRefusal(SubscriptionRefusal.Reason.SELLER_NOT_ACTIVE, "The plan's seller cannot take subscribers now");
        }
        seller.get().refusal().ifPresent(refused -> {
            throw new SubscriptionRefusal(SubscriptionRefusal.Reason.valueOf(refused.code()), refused.message());
        });
        BilledPrice price = currentPrice(plan);
        int bps = fees.basisPoints(plan.sellerId(), price.amount().currency());
        return subscriptions.add(Subscription.begin(buyer, plan.routing(), price, bps, Instant.now(clock)));
    }

    @Transactional
    public Optional<String> customerOf(BuyerId buyer, String accountKey) {
        return subscriptions.customerOf(buyer, accountKey);
    }

    /** Records the buyer's Customer on the account; the one recorded, should another checkout have won the race. */
    @Transactional
    public String recordCustomer(BuyerId buyer, String accountKey, String customerId) {
        return subscriptions.addCustomer(buyer, accountKey, customerId, Instant.now(clock));
    }

    @Transactional
    public void checkoutOpened(SubscriptionId id, String sessionId, String customerId) {
        subscriptions.find(id).orElseThrow().checkoutOpened(sessionId, customerId, Instant.now(clock));
    }

    /** The subscription if the caller may see it: its buyer, its seller, the admin. Anyone else: not found. */
    @Transactional
    public Subscription visible(SubscriptionId id, Caller caller) {
        return subscriptions.find(id).filter(found -> mayRead(found, caller)).orElseThrow(() -> notFound(id));
    }

    /** The subscription if the caller may manage it: its buyer or the admin. */
    @Transactional
    public Subscription managed(SubscriptionId id, Caller caller) {
        return subscriptions.find(id).filter(found -> mayManage(found, caller)).orElseThrow(() -> notFound(id));
    }

    static boolean mayRead(Subscription subscription, Caller caller) {
        return mayManage(subscription, caller) || caller.mayActFor(subscription.sellerId());
    }

    static boolean mayManage(Subscription subscription, Caller caller) {
        return caller.isAdmin() || caller.buyer().filter(subscription.buyerId()::equals).isPresent();
    }

    static BilledPrice currentPrice(Plan plan) {
        return new BilledPrice(plan.id(), plan.stripePriceId().orElseThrow(), plan.pricing().amount(), plan.interval());
    }

    private static SubscriptionRefusal notFound(SubscriptionId id) {
        return new SubscriptionRefusal(SubscriptionRefusal.Reason.NOT_FOUND, "No subscription with id " + id);
    }
}
