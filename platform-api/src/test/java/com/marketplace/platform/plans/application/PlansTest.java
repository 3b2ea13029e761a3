package com.marketplace.platform.plans.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.marketplace.platform.fakes.FakePlanCatalog;
import com.marketplace.platform.fakes.InMemoryPlans;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanGatewayFailure;
import com.marketplace.platform.plans.domain.PlanPrice;
import com.marketplace.platform.plans.domain.PlanRefusal;
import com.marketplace.platform.plans.domain.PlanStatus;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.sellers.OnboardingStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlansTest {

    private static final SellerId DIRECT_SELLER = new SellerId(1);
    private static final SellerId DESTINATION_SELLER = new SellerId(2);

    private final InMemoryPlans repository = new InMemoryPlans();
    private final FakePlanCatalog stripe = new FakePlanCatalog();
    private final InMemorySellerDirectory sellers = new InMemorySellerDirectory()
            .active(DIRECT_SELLER, ChargeType.DIRECT, "acct_direct")
            .active(DESTINATION_SELLER, ChargeType.DESTINATION, "acct_destination");
    private final Plans plans = new Plans(new PlanSteps(repository, sellers), repository, stripe);

    private static NewPlan monthly(long amount) {
        return new NewPlan("Gym", "All classes", amount, "eur", "month", 14);
    }

    private static PlanEdit price(long amount) {
        return new PlanEdit(null, null, amount, null, null, null);
    }

    @Test
    void aDirectSellersPlanIsMadeOnTheirConnectedAccount() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));

        assertEquals(PlanStatus.ACTIVE, plan.status());
        assertEquals(Optional.of("acct_direct"), stripe.object(plan.stripeProductId().orElseThrow()).orElseThrow().account());
        assertEquals(Optional.of("acct_direct"), stripe.object(plan.stripePriceId().orElseThrow()).orElseThrow().account());
    }

    @Test
    void aDestinationSellersPlanIsMadeOnThePlatformMarkedWithTheSeller() {
        Plan plan = plans.create(DESTINATION_SELLER, monthly(2000));

        FakePlanCatalog.Made product = stripe.object(plan.stripeProductId().orElseThrow()).orElseThrow();
        assertEquals(Optional.empty(), product.account());
        assertEquals("2", product.fields().get("seller"));
    }

    @Test
    void whenStripeIsDownThePlanStaysPendingAndHiddenFromBuyers() {
        stripe.goDown();

        assertThrows(PlanGatewayFailure.class, () -> plans.create(DIRECT_SELLER, monthly(2000)));

        assertEquals(PlanStatus.PENDING_STRIPE, plans.plansOf(DIRECT_SELLER).get(0).status());
        assertEquals(List.of(), plans.offeredBy(DIRECT_SELLER));
    }

    @Test
    void theNextCommandOnAPendingPlanFinishesItWithoutASecondProduct() {
        stripe.failAfter(1); // the Product is made, then the Price fails
        assertThrows(PlanGatewayFailure.class, () -> plans.create(DIRECT_SELLER, monthly(2000)));
        Plan pending = plans.plansOf(DIRECT_SELLER).get(0);

        Plan edited = plans.change(pending.id(), new PlanEdit(null, null, null, null, null, 30), Caller.seller(DIRECT_SELLER));

        assertEquals(PlanStatus.ACTIVE, edited.status());
        assertEquals(30, edited.trialDays());
        assertEquals(1, stripe.count("prod_"));
        assertEquals(1, stripe.count("price_"));
    }

    @Test
    void aPriceChangeMakesANewPriceAndKeepsTheOldInTheHistory() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));
        String oldPrice = plan.stripePriceId().orElseThrow();

        Plan changed = plans.change(plan.id(), price(2500), Caller.seller(DIRECT_SELLER));

        assertNotEquals(oldPrice, changed.stripePriceId().orElseThrow());
        assertEquals(2500, changed.pricing().amount().minorUnits());
        List<PlanPrice> history = repository.pricesOf(plan.id());
        assertEquals(List.of(oldPrice, changed.stripePriceId().orElseThrow()), history.stream().map(PlanPrice::stripePriceId).toList());
        assertFalse(stripe.isDeactivated(oldPrice));
    }

    @Test
    void whenStripeFailsDuringAPriceChangeBuyersStillSeeTheOldPrice() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));
        stripe.goDown();

        assertThrows(PlanGatewayFailure.class, () -> plans.change(plan.id(), price(2500), Caller.seller(DIRECT_SELLER)));

        Plan offered = plans.offeredBy(DIRECT_SELLER).get(0);
        assertEquals(2000, offered.pricing().amount().minorUnits());
        assertEquals(1, offered.priceVersion());
    }

    @Test
    void aRetriedPriceChangeReusesThePriceStripeAlreadyMade() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));
        PlanEdit dearer = price(2500);
        String key = plan.priceKey(2, new com.marketplace.platform.plans.domain.PlanPricing(
                com.marketplace.platform.kernel.money.Money.of(2500, "eur"), com.marketplace.platform.plans.domain.BillingInterval.MONTH));

        Plan changed = plans.change(plan.id(), dearer, Caller.seller(DIRECT_SELLER));

        assertEquals(key, stripe.object(changed.stripePriceId().orElseThrow()).orElseThrow().key());
    }

    @Test
    void aRenameUpdatesTheProductAndMakesNoPrice() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));

        Plan renamed = plans.change(plan.id(), new PlanEdit("Gym+", null, null, null, null, null), Caller.seller(DIRECT_SELLER));

        assertEquals("Gym+", renamed.name());
        assertEquals(1, stripe.count("price_"));
        assertEquals(1, stripe.count("upd_"));
    }

    @Test
    void retiringHidesThePlanAndDeactivatesItsPrice() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));

        Plan retired = plans.retire(plan.id(), Caller.seller(DIRECT_SELLER));

        assertEquals(PlanStatus.RETIRED, retired.status());
        assertTrue(stripe.isDeactivated(plan.stripePriceId().orElseThrow()));
        assertEquals(List.of(), plans.offeredBy(DIRECT_SELLER));
    }

    @Test
    void retiringAgainFinishesADeactivationStripeFailed() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));
        stripe.goDown();
        assertThrows(PlanGatewayFailure.class, () -> plans.retire(plan.id(), Caller.seller(DIRECT_SELLER)));
        assertEquals(List.of(), plans.offeredBy(DIRECT_SELLER));
        stripe.comeBack();

        plans.retire(plan.id(), Caller.seller(DIRECT_SELLER));

        assertTrue(stripe.isDeactivated(plan.stripePriceId().orElseThrow()));
    }

    @Test
    void anotherSellersPlanIsNotFound() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));

        PlanRefusal refusal = assertThrows(PlanRefusal.class,
                () -> plans.change(plan.id(), price(2500), Caller.seller(DESTINATION_SELLER)));
        assertEquals(PlanRefusal.Reason.NOT_FOUND, refusal.reason());
        PlanRefusal retire = assertThrows(PlanRefusal.class, () -> plans.retire(plan.id(), Caller.seller(DESTINATION_SELLER)));
        assertEquals(PlanRefusal.Reason.NOT_FOUND, retire.reason());
        assertEquals(PlanStatus.ACTIVE, plans.plansOf(DIRECT_SELLER).get(0).status());
    }

    @Test
    void theAdminMayChangeAnySellersPlan() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));

        assertEquals(2500, plans.change(plan.id(), price(2500), Caller.admin()).pricing().amount().minorUnits());
    }

    @Test
    void aSellerWithoutAStripeAccountCannotPublishAPlan() {
        SellerId newcomer = new SellerId(3);
        sellers.with(new com.marketplace.platform.sellers.SellerStanding(newcomer, "New", com.marketplace.platform.sellers.OnboardingStatus.PENDING,
                ChargeType.DIRECT, Optional.empty()));

        PlanRefusal refusal = assertThrows(PlanRefusal.class, () -> plans.create(newcomer, monthly(2000)));
        assertEquals(PlanRefusal.Reason.STRIPE_ACCOUNT_MISSING, refusal.reason());
        assertEquals(0, stripe.calls());
    }

    @Test
    void buyersSeeOnlyOfferedPlansWhileTheSellerAndTheAdminSeeAnyOfTheirs() {
        Plan offered = plans.create(DIRECT_SELLER, monthly(2000));
        Plan retired = plans.create(DIRECT_SELLER, monthly(3000));
        plans.retire(retired.id(), Caller.seller(DIRECT_SELLER));

        assertEquals(List.of(offered.id()), plans.offered(Optional.of(DIRECT_SELLER), PageRequest.first(50)).items().stream().map(Plan::id).toList());
        assertEquals(offered.id(), plans.plan(offered.id(), Caller.anonymous()).id());
        PlanRefusal hidden = assertThrows(PlanRefusal.class, () -> plans.plan(retired.id(), Caller.anonymous()));
        assertEquals(PlanRefusal.Reason.NOT_FOUND, hidden.reason());
        assertThrows(PlanRefusal.class, () -> plans.plan(retired.id(), Caller.seller(DESTINATION_SELLER)));
        assertEquals(PlanStatus.RETIRED, plans.plan(retired.id(), Caller.seller(DIRECT_SELLER)).status());
        assertEquals(PlanStatus.RETIRED, plans.plan(retired.id(), Caller.admin()).status());
    }

    @Test
    void aSellerWhoMayNotSellHasTheirPlansHiddenFromBuyersUntilTheyMayAgain() {
        Plan plan = plans.create(DIRECT_SELLER, monthly(2000));
        sellers.with(new SellerStanding(DIRECT_SELLER, "Gym", OnboardingStatus.RESTRICTED, ChargeType.DIRECT, Optional.of("acct_direct"),
                Optional.of("Stripe requirements are past due (external_account)")));

        assertEquals(List.of(), plans.offeredBy(DIRECT_SELLER));
        assertEquals(List.of(), plans.offered(Optional.empty(), PageRequest.first(50)).items());

        sellers.active(DIRECT_SELLER, ChargeType.DIRECT, "acct_direct");

        assertEquals(List.of(plan.id()), plans.offeredBy(DIRECT_SELLER).stream().map(Plan::id).toList());
    }

    @Test
    void theOfferedPlansPageAcrossSellersSkipsAndLimits() {
        Plan first = plans.create(DIRECT_SELLER, monthly(1000));
        Plan second = plans.create(DESTINATION_SELLER, monthly(2000));
        Plan third = plans.create(DIRECT_SELLER, monthly(3000));

        assertEquals(List.of(first.id(), second.id(), third.id()), plans.offered(Optional.empty(), PageRequest.first(50)).items().stream().map(Plan::id).toList());
        assertEquals(List.of(second.id()), plans.offered(Optional.empty(), PageRequest.atOffset(1, 1)).items().stream().map(Plan::id).toList());
    }
}
