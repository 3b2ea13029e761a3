package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;

/** Buyers' subscriptions to sellers' plans: every door (API, pages) calls these. */
@ApplicationScoped
public class Subscriptions {

    public StartedSubscription start(Caller buyer, PlanId plan) {
        throw new UnsupportedOperationException("not yet");
    }

    public SubscriptionSummary find(SubscriptionId id, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    public SubscriptionSummary confirmCheckout(SubscriptionId id, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<SubscriptionSummary> ofBuyer(BuyerId buyer) {
        throw new UnsupportedOperationException("not yet");
    }

    public URI portal(SubscriptionId id, Caller caller, URI returnUrl) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<Plan> switchableTo(SubscriptionId id, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    public SubscriptionSummary changePlan(SubscriptionId id, PlanId plan, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    public SubscriptionSummary cancel(SubscriptionId id, boolean atPeriodEnd, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }

    public SubscriberAccess access(SellerId seller, String buyerEmail, Caller caller) {
        throw new UnsupportedOperationException("not yet");
    }
}
