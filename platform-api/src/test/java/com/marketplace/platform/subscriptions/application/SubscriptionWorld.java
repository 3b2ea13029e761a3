package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.fakes.FakeBilling;
import com.marketplace.platform.fakes.FakePlanCatalog;
import com.marketplace.platform.fakes.InMemoryBuyers;
import com.marketplace.platform.fakes.InMemoryOutbox;
import com.marketplace.platform.fakes.InMemoryPlans;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.fakes.InMemorySubscriptions;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.plans.application.NewPlan;
import com.marketplace.platform.plans.application.PlanSteps;
import com.marketplace.platform.plans.application.Plans;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.platform.subscriptions.notices.SubscriptionNotices;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** The subscriptions' use cases wired to in-memory fakes of their ports: one Direct and one Destination seller, a buyer. */
final class SubscriptionWorld {

    static final SellerId DIRECT = new SellerId(1);
    static final SellerId DESTINATION = new SellerId(2);
    static final String DIRECT_ACCOUNT = "acct_direct";
    static final int FEE_BPS = 1250;

    final InMemoryPlans plans = new InMemoryPlans();
    final InMemorySellerDirectory sellers = new InMemorySellerDirectory()
            .active(DIRECT, ChargeType.DIRECT, DIRECT_ACCOUNT)
            .active(DESTINATION, ChargeType.DESTINATION, "acct_destination");
    final Plans sellerPlans = new Plans(new PlanSteps(plans, sellers), plans, new FakePlanCatalog());
    final InMemoryBuyers buyers = new InMemoryBuyers();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemorySubscriptions subscriptions = new InMemorySubscriptions(plans);
    final FakeBilling stripe = new FakeBilling();
    final SubscriptionLinks links = new SubscriptionLinks(URI.create("https://shop.test/"));
    final SubscriptionNotices notices = new SubscriptionNotices(outbox, sellers, buyers, plans, links);
    final SubscriptionMirror mirror = new SubscriptionMirror(subscriptions, stripe, notices);
    final SubscriptionViews views = new SubscriptionViews(subscriptions, plans, sellers);
    final Subscriptions service = new Subscriptions(new SubscriptionSteps(subscriptions, plans, sellers, (seller, currency) -> FEE_BPS),
            mirror, views, subscriptions, plans, buyers, stripe, links);
    final SubscriptionEventHandlers handlers = new SubscriptionEventHandlers(subscriptions, stripe, mirror, notices);
    final Buyer buyer = buyers.add(Buyer.register("ada@example.test", "hash", "Ada", Instant.now()));
    final Caller ada = Caller.buyer(buyer.id());

    Plan plan(SellerId seller, long amount, String currency, int trialDays) {
        return sellerPlans.create(seller, new NewPlan("Plan " + amount, "", amount, currency, "month", trialDays));
    }

    /** A Stripe event as the webhook worker hands it over: only its type, object id and account matter. */
    static StripeEventReceived event(String type, String objectId, Optional<String> account) {
        Event event = ApiResource.GSON.fromJson("{\"id\":\"evt_" + objectId + "\",\"object\":\"event\",\"type\":\"" + type
                + "\",\"data\":{\"object\":{\"id\":\"" + objectId + "\"}}}", Event.class);
        return new StripeEventReceived(event.getId(), type, account.isPresent() ? WebhookEndpoint.CONNECT : WebhookEndpoint.PLATFORM,
                account.orElse(null), Instant.now(), null, event);
    }
}
