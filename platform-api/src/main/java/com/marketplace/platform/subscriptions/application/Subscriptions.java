package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRepository;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanRepository;
import com.marketplace.platform.subscriptions.domain.Access;
import com.marketplace.platform.subscriptions.domain.BillingGateway;
import com.marketplace.platform.subscriptions.domain.StripeSubscription;
import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionCheckout;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import com.marketplace.platform.subscriptions.domain.SubscriptionRefusal;
import com.marketplace.platform.subscriptions.domain.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Buyers' subscriptions to sellers' plans: every door (API, pages) calls these.
 *
 * <p>Starting one writes the row PENDING_CHECKOUT first, in its own transaction, so the Checkout
 * Session has an id to be keyed on; then the buyer's one Customer on the plan's account is found or
 * made (keyed on buyer and account, so a retry finds the one Stripe made), then the session, then
 * the session's id is stored. A failure in between leaves a pending row no buyer pays through.
 * Managing commands (plan switch, cancel) ask Stripe with keys derived from the row and what is
 * asked, then mirror from a re-fetch, so the answer is Stripe's state and not a guess.
 */
@ApplicationScoped
public class Subscriptions {

    private SubscriptionSteps steps;
    private SubscriptionMirror mirror;
    private SubscriptionViews views;
    private SubscriptionRepository subscriptions;
    private PlanRepository plans;
    private BuyerRepository buyers;
    private BillingGateway stripe;
    private SubscriptionLinks links;

    protected Subscriptions() {
        // for CDI proxies
    }

    @Inject
    public Subscriptions(SubscriptionSteps steps, SubscriptionMirror mirror, SubscriptionViews views, SubscriptionRepository subscriptions,
                         PlanRepository plans, BuyerRepository buyers, BillingGateway stripe, SubscriptionLinks links) {
        this.steps = steps;
        this.mirror = mirror;
        this.views = views;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.buyers = buyers;
        this.stripe = stripe;
        this.links = links;
    }

    public StartedSubscription start(Caller caller, PlanId plan) {
        BuyerId buyerId = caller.buyer().orElseThrow(() -> new SubscriptionRefusal(SubscriptionRefusal.Reason.FORBIDDEN,
                "Only a signed-in buyer subscribes to a plan"));
        Buyer buyer = buyers.find(buyerId).orElseThrow(() -> new SubscriptionRefusal(SubscriptionRefusal.Reason.FORBIDDEN,
                "Only a signed-in buyer subscribes to a plan"));
        Subscription subscription = steps.begin(buyerId, plan);
        Optional<String> account = subscription.routing().requestAccount();
        String accountKey = subscription.customerAccountKey();
        String customer = steps.customerOf(buyerId, accountKey).orElseGet(() -> steps.recordCustomer(buyerId, accountKey,
                stripe.createCustomer(account, buyerId, buyer.email(), buyer.name(), "buyer-" + buyerId + "-customer-" + accountKey)));
        BillingGateway.OpenedCheckout session = stripe.openCheckout(new SubscriptionCheckout(subscription.id(), subscription.routing(),
                customer, subscription.stripePriceId(), trialDays(subscription), BigDecimal.valueOf(subscription.applicationFeeBps(), 2),
                links.checkoutDone(subscription.id()), links.checkoutCancelled(subscription.sellerId()), subscription.checkoutKey()));
        steps.checkoutOpened(subscription.id(), session.sessionId(), customer);
        return new StartedSubscription(subscription.id(), session.sessionId(), session.url());
    }

    public SubscriptionSummary find(SubscriptionId id, Caller caller) {
        return views.current(steps.visible(id, caller).id());
    }

    /** The checkout's return page: whatever the webhooks have done yet, the row is mirrored from Stripe now. */
    public SubscriptionSummary confirmCheckout(SubscriptionId id, Caller caller) {
        mirror.mirror(steps.visible(id, caller).id(), Optional.empty());
        return views.current(id);
    }

    @Transactional
    public List<SubscriptionSummary> ofBuyer(BuyerId buyer) {
        return views.summaries(subscriptions.ofBuyer(buyer));
    }

    /** A Stripe customer portal session for the subscription's Customer, on the account it lives on. */
    public URI portal(SubscriptionId id, Caller caller, URI returnUrl) {
        Subscription subscription = steps.managed(id, caller);
        String customer = subscription.stripeCustomerId().orElseThrow(() -> new SubscriptionRefusal(SubscriptionRefusal.Reason.CONFLICT,
                "Subscription " + id + " has no Stripe customer yet: finish its checkout first"));
        return stripe.portal(subscription.routing().requestAccount(), customer, returnUrl,
                subscription.portalKey(UUID.randomUUID().toString()));
    }

    /** The plans the subscription may switch to: the seller's other offered plans, in the same currency and on the same account. */
    @Transactional
    public List<Plan> switchableTo(SubscriptionId id, Caller caller) {
        return switchable(steps.managed(id, caller));
    }

    public SubscriptionSummary changePlan(SubscriptionId id, PlanId plan, Caller caller) {
        Subscription subscription = requireLive(steps.managed(id, caller));
        Plan target = switchable(subscription).stream().filter(candidate -> candidate.id().equals(plan)).findFirst()
                .orElseThrow(() -> plans.find(plan).isEmpty()
                        ? new SubscriptionRefusal(SubscriptionRefusal.Reason.NOT_FOUND, "No plan with id " + plan)
                        : new SubscriptionRefusal(SubscriptionRefusal.Reason.CONFLICT, "Plan " + plan
                                + " is not one this subscription can switch to: another offered plan of its seller, in its currency"));
        String targetPrice = target.stripePriceId().orElseThrow();
        Optional<String> account = subscription.routing().requestAccount();
        String stripeId = subscription.stripeSubscriptionId().orElseThrow();
        StripeSubscription current = stripe.subscription(account, stripeId);
        if (!targetPrice.equals(current.priceId())) {
            stripe.changePrice(account, stripeId, current.itemId(), targetPrice, subscription.changePriceKey(targetPrice));
        }
        mirror.mirror(id, Optional.empty());
        return views.current(id);
    }

    public SubscriptionSummary cancel(SubscriptionId id, boolean atPeriodEnd, Caller caller) {
        Subscription subscription = requireLive(steps.managed(id, caller));
        Optional<String> account = subscription.routing().requestAccount();
        String stripeId = subscription.stripeSubscriptionId().orElseThrow();
        if (atPeriodEnd) {
            stripe.cancelAtPeriodEnd(account, stripeId, true, subscription.cancelKey(true));
        } else {
            stripe.cancelNow(account, stripeId, subscription.cancelKey(false));
        }
        mirror.mirror(id, Optional.empty());
        return views.current(id);
    }

    /**
     * Whether the buyer with this email may use what the seller sells by subscription: access if
     * any of their subscriptions to the seller is trialing or active, with a warning while one is
     * past due, none otherwise (an unknown email included). The seller asks for themselves; the admin for anyone.
     */
    @Transactional
    public SubscriberAccess access(SellerId seller, String buyerEmail, Caller caller) {
        if (!caller.mayActFor(seller)) {
            throw new SubscriptionRefusal(SubscriptionRefusal.Reason.NOT_FOUND, "No seller with id " + seller);
        }
        String email = Buyer.normalizeEmail(buyerEmail);
        List<Subscription> found = buyers.findByEmail(email).map(buyer -> subscriptions.ofSellerAndBuyer(seller, buyer.id()))
                .orElse(List.of());
        Access access = found.stream().map(Subscription::access).reduce(Access.NONE, Access::or);
        Optional<String> warning = access == Access.ACCESS_PAST_DUE
                ? Optional.of("A renewal payment failed; access continues while it is retried")
                : Optional.empty();
        return new SubscriberAccess(email, access, warning, views.summaries(found));
    }

    private List<Plan> switchable(Subscription subscription) {
        return plans.listActiveOfSeller(subscription.sellerId()).stream()
                .filter(plan -> !plan.id().equals(subscription.planId()))
                .filter(plan -> plan.pricing().amount().currency().equals(subscription.price().currency()))
                .filter(plan -> plan.routing().equals(subscription.routing()))
                .filter(plan -> plan.stripePriceId().isPresent())
                .toList();
    }

    private static Subscription requireLive(Subscription subscription) {
        if (subscription.stripeSubscriptionId().isEmpty() || subscription.access() == Access.NONE) {
            throw new SubscriptionRefusal(SubscriptionRefusal.Reason.CONFLICT, "Subscription " + subscription.id() + " is "
                    + subscription.status().code() + ": only a running subscription can be changed or cancelled");
        }
        return subscription;
    }

    private int trialDays(Subscription subscription) {
        return plans.find(subscription.planId()).map(Plan::trialDays).orElse(0);
    }
}
