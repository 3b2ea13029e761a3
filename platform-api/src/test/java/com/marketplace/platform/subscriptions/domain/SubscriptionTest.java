package com.marketplace.platform.subscriptions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.fakes.InMemoryPlans;
import com.marketplace.platform.fakes.InMemorySubscriptions;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.plans.domain.BillingInterval;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.plans.domain.PlanRouting;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final PlanRouting DIRECT = new PlanRouting(new SellerId(3), ChargeType.DIRECT, "acct_seller");
    private static final BilledPrice BASIC = new BilledPrice(new PlanId(1), "price_basic", Money.of(2000, "eur"), BillingInterval.MONTH);
    private static final BilledPrice PREMIUM = new BilledPrice(new PlanId(2), "price_premium", Money.of(5000, "eur"), BillingInterval.MONTH);

    private final Subscription subscription = new InMemorySubscriptions(new InMemoryPlans())
            .add(Subscription.begin(new BuyerId(7), DIRECT, BASIC, 1250, NOW));

    private StripeSubscription stripe(String status) {
        return stripe(status, "price_basic", false);
    }

    private StripeSubscription stripe(String status, String price, boolean cancelAtPeriodEnd) {
        return new StripeSubscription("sub_1", "cus_1", status, "si_1", price, Optional.of(NOW), Optional.of(NOW.plusSeconds(30 * 86400)),
                Optional.empty(), cancelAtPeriodEnd, Optional.of(subscription.id().value()));
    }

    @Test
    void itBeginsPendingCheckoutOnThePlansPriceWithTheFeeFixed() {
        assertEquals(SubscriptionStatus.PENDING_CHECKOUT, subscription.status());
        assertEquals(Access.NONE, subscription.access());
        assertEquals(1250, subscription.applicationFeeBps());
        assertEquals("price_basic", subscription.stripePriceId());
        assertEquals(Optional.of("acct_seller"), subscription.routing().requestAccount());
    }

    @Test
    void theFirstStateGivingAccessStartsItOnceAndAppliesEverything() {
        SubscriptionMove first = subscription.mirror(stripe("trialing"), Optional.of(BASIC), NOW);
        SubscriptionMove again = subscription.mirror(stripe("trialing"), Optional.of(BASIC), LATER);

        assertTrue(first.started());
        assertTrue(first.changed());
        assertFalse(again.started());
        assertFalse(again.changed(), "the same state applied twice moves nothing");
        assertEquals(SubscriptionStatus.TRIALING, subscription.status());
        assertEquals(Optional.of("sub_1"), subscription.stripeSubscriptionId());
        assertEquals(Optional.of(NOW), subscription.startedAt());
        assertEquals(Optional.of(NOW.plusSeconds(30 * 86400)), subscription.currentPeriodEnd());
    }

    @Test
    void pastDueKeepsAccessWithAWarning() {
        subscription.mirror(stripe("active"), Optional.of(BASIC), NOW);

        SubscriptionMove move = subscription.mirror(stripe("past_due"), Optional.of(BASIC), LATER);

        assertEquals(Access.ACCESS_PAST_DUE, subscription.access());
        assertFalse(move.ended());
    }

    @Test
    void canceledOrUnpaidEndsAccessOnceAndAComebackClearsTheEnd() {
        subscription.mirror(stripe("active"), Optional.of(BASIC), NOW);

        SubscriptionMove ended = subscription.mirror(stripe("unpaid"), Optional.of(BASIC), LATER);
        SubscriptionMove stillEnded = subscription.mirror(stripe("canceled"), Optional.of(BASIC), LATER.plusSeconds(5));

        assertTrue(ended.ended());
        assertFalse(stillEnded.ended());
        assertEquals(Optional.of(LATER), subscription.endedAt());
        subscription.mirror(stripe("active"), Optional.of(BASIC), LATER.plusSeconds(10));
        assertEquals(Optional.empty(), subscription.endedAt());
        assertEquals(Optional.of(NOW), subscription.startedAt(), "started once, when it first gave access");
    }

    @Test
    void aKnownPriceOfAnotherPlanSwitchesThePlanAndItsTerms() {
        subscription.mirror(stripe("active"), Optional.of(BASIC), NOW);

        SubscriptionMove move = subscription.mirror(stripe("active", "price_premium", false), Optional.of(PREMIUM), LATER);

        assertTrue(move.planChanged());
        assertEquals(new PlanId(2), subscription.planId());
        assertEquals(Money.of(5000, "eur"), subscription.price());
    }

    @Test
    void anUnknownPriceKeepsThePlan() {
        subscription.mirror(stripe("active", "price_elsewhere", false), Optional.empty(), NOW);

        assertEquals(new PlanId(1), subscription.planId());
        assertEquals("price_basic", subscription.stripePriceId());
    }

    @Test
    void aStripeSubscriptionMadeForAnotherRowIsRefused() {
        StripeSubscription foreign = new StripeSubscription("sub_9", "cus_1", "active", "si_9", "price_basic", Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.of(subscription.id().value() + 1));

        assertFalse(subscription.isMirrorOf(foreign));
        assertThrows(IllegalArgumentException.class, () -> subscription.mirror(foreign, Optional.of(BASIC), NOW));
    }

    @Test
    void onlyAPendingCheckoutExpires() {
        subscription.mirror(stripe("active"), Optional.of(BASIC), NOW);

        assertFalse(subscription.checkoutExpired(LATER).changed());
        assertEquals(SubscriptionStatus.ACTIVE, subscription.status());
    }

    @Test
    void anUnpaidSessionExpires() {
        assertTrue(subscription.checkoutOpened("cs_1", "cus_1", NOW));

        assertTrue(subscription.checkoutExpired(LATER).changed());
        assertEquals(SubscriptionStatus.CHECKOUT_EXPIRED, subscription.status());
        assertFalse(subscription.checkoutOpened("cs_2", "cus_1", LATER), "an expired checkout takes no second session");
    }

    @Test
    void eventsAccountMustBeTheSubscriptions() {
        assertTrue(subscription.matchesEventAccount(Optional.of("acct_seller")));
        assertFalse(subscription.matchesEventAccount(Optional.empty()));
        assertFalse(subscription.matchesEventAccount(Optional.of("acct_other")));
    }

    @Test
    void keysDependOnWhatIsAskedAndTheRowsVersion() {
        assertEquals("subscription-" + subscription.id() + "-checkout", subscription.checkoutKey());
        assertFalse(subscription.changePriceKey("price_a").equals(subscription.changePriceKey("price_b")));
        assertFalse(subscription.cancelKey(true).equals(subscription.cancelKey(false)));
    }
}
