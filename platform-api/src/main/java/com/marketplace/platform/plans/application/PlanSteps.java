package com.marketplace.platform.plans.application;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanChanges;
import com.marketplace.platform.plans.domain.PlanDetails;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanRefusal;
import com.marketplace.platform.plans.domain.PlanRepository;
import com.marketplace.platform.plans.domain.PlanRouting;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.Optional;

/**
 * The database steps of the plans' use cases, each its own transaction: {@link Plans} calls Stripe
 * between them, never inside one (a transaction held open across a network call would hold the
 * plan's row lock for as long as Stripe takes). Each step re-reads the plan and saves it by a
 * conditional update on its version: a concurrent change makes the later commit fail, not overwrite.
 */
@ApplicationScoped
public class PlanSteps {

    private PlanRepository plans;
    private SellerDirectory sellers;
    private Clock clock;

    protected PlanSteps() {
        // for CDI proxies
    }

    @Inject
    public PlanSteps(PlanRepository plans, SellerDirectory sellers) {
        this(plans, sellers, Clock.systemUTC());
    }

    public PlanSteps(PlanRepository plans, SellerDirectory sellers, Clock clock) {
        this.plans = plans;
        this.sellers = sellers;
        this.clock = clock;
    }

    /** Writes the plan PENDING_STRIPE, routed as the seller is charged now. */
    @Transactional
    public Plan begin(SellerId seller, PlanDetails details) {
        SellerStanding standing = sellers.findForShare(seller)
                .orElseThrow(() -> new PlanRefusal(PlanRefusal.Reason.SELLER_NOT_FOUND, "No seller with id " + seller));
        String account = standing.stripeAccountId().orElseThrow(() -> new PlanRefusal(PlanRefusal.Reason.STRIPE_ACCOUNT_MISSING,
                "The seller has no Stripe account yet: finish onboarding before publishing plans"));
        return plans.add(Plan.create(new PlanRouting(seller, standing.chargeType(), account), details, Instant.now(clock)));
    }

    /** The sellers whose plans buyers see now: a paused, restricted or disconnected seller's plans are hidden. */
    public Set<SellerId> sellersWhoMaySell() {
        return sellers.sellersWhoMaySell();
    }

    /** The plan the caller may act on (its seller, or the admin); another seller's is "not found". */
    @Transactional
    public Plan find(PlanId id, Caller caller) {
        return plans.find(id)
                .filter(found -> caller.mayActFor(found.sellerId()))
                .orElseThrow(() -> new PlanRefusal(PlanRefusal.Reason.NOT_FOUND, "No plan with id " + id));
    }

    @Transactional
    public Plan activate(PlanId id, String productId, String priceId) {
        Plan plan = plans.find(id).orElseThrow();
        plan.activate(productId, priceId, Instant.now(clock)).ifPresent(plans::addPrice);
        return plan;
    }

    /**
     * Saves an edit made against the plan as {@code expectedPriceVersion} showed it: if another
     * price change committed meanwhile, this one is refused (its new Price stays unused at Stripe).
     */
    @Transactional
    public Plan change(PlanId id, int expectedPriceVersion, PlanChanges changes, Optional<String> newPriceId) {
        Plan plan = plans.find(id).orElseThrow();
        if (plan.priceVersion() != expectedPriceVersion) {
            throw new PlanRefusal(PlanRefusal.Reason.CONFLICT, "Plan " + id + " changed its price meanwhile; read it again and retry");
        }
        plan.change(changes, newPriceId, Instant.now(clock)).ifPresent(plans::addPrice);
        return plan;
    }

    @Transactional
    public Plan retire(PlanId id) {
        Plan plan = plans.find(id).orElseThrow();
        plan.retire(Instant.now(clock));
        return plan;
    }
}
