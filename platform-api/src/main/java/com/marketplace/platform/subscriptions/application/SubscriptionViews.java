package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanRepository;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import com.marketplace.platform.subscriptions.domain.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Subscriptions as the API and the pages show them, with their seller's and plan's names. */
@ApplicationScoped
public class SubscriptionViews {

    private SubscriptionRepository subscriptions;
    private PlanRepository plans;
    private SellerDirectory sellers;

    protected SubscriptionViews() {
        // for CDI proxies
    }

    @Inject
    public SubscriptionViews(SubscriptionRepository subscriptions, PlanRepository plans, SellerDirectory sellers) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.sellers = sellers;
    }

    /** The subscription as committed now. */
    @Transactional
    public SubscriptionSummary current(SubscriptionId id) {
        return summary(subscriptions.find(id).orElseThrow());
    }

    @Transactional
    public List<SubscriptionSummary> summaries(List<Subscription> list) {
        return list.stream().map(this::summary).toList();
    }

    SubscriptionSummary summary(Subscription subscription) {
        return new SubscriptionSummary(subscription.id(), subscription.buyerId().value(), subscription.sellerId(),
                sellers.find(subscription.sellerId()).map(SellerStanding::displayName).orElse(""),
                subscription.planId(), plans.find(subscription.planId()).map(Plan::name).orElse(""),
                subscription.price(), subscription.interval(), subscription.status().code(), subscription.access(),
                subscription.cancelAtPeriodEnd(), subscription.trialEnd(), subscription.currentPeriodEnd(), subscription.endedAt(),
                subscription.createdAt());
    }
}
