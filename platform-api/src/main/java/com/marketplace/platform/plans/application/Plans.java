package com.marketplace.platform.plans.application;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanCatalogGateway;
import com.marketplace.platform.plans.domain.PlanChanges;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanPricing;
import com.marketplace.platform.plans.domain.PlanRefusal;
import com.marketplace.platform.plans.domain.PlanRepository;
import com.marketplace.platform.plans.domain.PlanStatus;
import com.marketplace.platform.plans.domain.PlanRouting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Sellers' plans: create, edit, retire, and what buyers see. Every door (API, seller page) calls these.
 *
 * <p>Why the plan row comes first, then Stripe, then a conditional update: the Stripe objects are
 * keyed on the plan's id, so the row must exist; written PENDING_STRIPE in its own transaction, it
 * is invisible to buyers, so a Stripe failure leaves nothing half-done that a buyer could pick,
 * only a pending plan its seller sees. Any later command on that plan (an edit, a retire) first
 * finishes its publication with the same idempotency keys, so Stripe returns the Product and
 * Price it already made instead of making second ones. A price change does the opposite: Stripe
 * first (a new Price under the next price version's key), then one transaction switches the plan
 * to it, so buyers see either the old Price or the new one, never a price without its Price.
 * A retire is saved first (the plan is hidden at once), then its Price deactivated; retiring again
 * repeats the deactivation with the same key, finishing one Stripe failed.
 */
@ApplicationScoped
public class Plans {

    private PlanSteps steps;
    private PlanRepository plans;
    private PlanCatalogGateway stripe;

    protected Plans() {
        // for CDI proxies
    }

    @Inject
    public Plans(PlanSteps steps, PlanRepository plans, PlanCatalogGateway stripe) {
        this.steps = steps;
        this.plans = plans;
        this.stripe = stripe;
    }

    public Plan create(SellerId seller, NewPlan command) {
        return publish(steps.begin(seller, command.toDetails()));
    }

    public Plan change(PlanId id, PlanEdit edit, Caller caller) {
        PlanChanges changes = edit.toChanges();
        Plan plan = finishPublishing(steps.find(id, caller));
        plan.requireEditable();
        PlanRouting routing = plan.routing();
        String productId = plan.stripeProductId().orElseThrow();
        if (plan.changesProduct(changes)) {
            String name = plan.nameAfter(changes);
            String description = plan.descriptionAfter(changes);
            stripe.updateProduct(routing, productId, name, description, plan.productUpdateKey(name, description));
        }
        int next = plan.priceVersion() + 1;
        Optional<PlanPricing> pricing = plan.newPricing(changes);
        Optional<String> newPriceId = pricing.map(after -> stripe.createPrice(routing, productId, after, plan.priceKey(next, after)));
        return steps.change(id, plan.priceVersion(), changes, newPriceId);
    }

    public Plan retire(PlanId id, Caller caller) {
        Plan plan = finishPublishing(steps.find(id, caller));
        Plan retired = steps.retire(id);
        stripe.deactivatePrice(retired.routing(), retired.stripePriceId().orElseThrow(), retired.retireKey());
        return retired;
    }

    /** Finishes publishing a plan Stripe failed to take (same idempotency keys); an offered or retired plan stays as it is. */
    public Plan finish(PlanId id, Caller caller) {
        return finishPublishing(steps.find(id, caller));
    }

    /** A seller's plans in every status (the seller's own view), oldest first. */
    public List<Plan> plansOf(SellerId seller) {
        return plans.listOfSeller(seller);
    }

    /** What buyers see of a seller: the ACTIVE plans only, and none while the seller may not sell (paused, disconnected). */
    public List<Plan> offeredBy(SellerId seller) {
        return steps.sellersWhoMaySell().contains(seller) ? plans.listActiveOfSeller(seller) : List.of();
    }

    /**
     * A page of the plans buyers can subscribe to, of every seller or of one, oldest first; plans of
     * sellers who may not sell now are left out by the query (they come back when the seller resumes).
     */
    public Page<Plan> offered(Optional<SellerId> seller, PageRequest page) {
        return plans.listActive(steps.sellersWhoMaySell(), seller, page);
    }

    /**
     * One plan as the caller may see it: an offered (ACTIVE) plan to anyone; a pending or retired
     * one only to its seller and the admin. Anyone else is told it does not exist, as for an unknown id.
     */
    public Plan plan(PlanId id, Caller caller) {
        return plans.find(id)
                .filter(found -> found.status() == PlanStatus.ACTIVE || caller.mayActFor(found.sellerId()))
                .orElseThrow(() -> new PlanRefusal(PlanRefusal.Reason.NOT_FOUND, "No plan with id " + id));
    }

    private Plan finishPublishing(Plan plan) {
        return plan.status() == PlanStatus.PENDING_STRIPE ? publish(plan) : plan;
    }

    private Plan publish(Plan plan) {
        PlanRouting routing = plan.routing();
        String productId = stripe.createProduct(routing, plan.id(), plan.name(), plan.description(), plan.productKey());
        String priceId = stripe.createPrice(routing, productId, plan.pricing(), plan.priceKey(plan.priceVersion(), plan.pricing()));
        return steps.activate(plan.id(), productId, priceId);
    }
}
