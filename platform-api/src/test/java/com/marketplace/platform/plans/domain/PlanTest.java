package com.marketplace.platform.plans.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.sellers.ChargeType;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final SellerId SELLER = new SellerId(7);
    private static final PlanRouting DIRECT = new PlanRouting(SELLER, ChargeType.DIRECT, "acct_seller7");
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final PlanPricing MONTHLY = new PlanPricing(Money.of(2000, "eur"), BillingInterval.MONTH);

    private static Plan gym() {
        Plan plan = Plan.create(DIRECT, new PlanDetails("  Gym ", " All classes ", MONTHLY, 14), NOW);
        try {
            Field id = Plan.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(plan, 42L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return plan;
    }

    private static Plan activeGym() {
        Plan plan = gym();
        plan.activate("prod_1", "price_1", NOW);
        return plan;
    }

    private static PlanChanges changes(String name, Long amount, String currency, BillingInterval interval, Integer trialDays) {
        return new PlanChanges(Optional.ofNullable(name), Optional.empty(), Optional.ofNullable(amount), Optional.ofNullable(currency),
                Optional.ofNullable(interval), Optional.ofNullable(trialDays));
    }

    @Test
    void aNewPlanWaitsForStripeWithTheSellersDetailsStripped() {
        Plan plan = gym();

        assertEquals(PlanStatus.PENDING_STRIPE, plan.status());
        assertEquals("Gym", plan.name());
        assertEquals("All classes", plan.description());
        assertEquals(MONTHLY, plan.pricing());
        assertEquals(14, plan.trialDays());
        assertEquals(1, plan.priceVersion());
        assertEquals(Optional.empty(), plan.stripePriceId());
    }

    @Test
    void aTrialLongerThanTwoYearsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PlanDetails("Gym", "", MONTHLY, 731));
        assertThrows(IllegalArgumentException.class, () -> new PlanDetails("Gym", "", MONTHLY, -1));
    }

    @Test
    void anAmountOverStripesMaximumOrAnUnsupportedCurrencyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PlanPricing(Money.of(100_000_000L, "eur"), BillingInterval.MONTH));
        assertThrows(IllegalArgumentException.class, () -> new PlanPricing(Money.of(0, "eur"), BillingInterval.MONTH));
        assertThrows(IllegalArgumentException.class, () -> new PlanPricing(Money.of(100, "xxx"), BillingInterval.MONTH));
    }

    @Test
    void activatingRecordsTheFirstPriceInTheHistory() {
        Plan plan = gym();

        PlanPrice first = plan.activate("prod_1", "price_1", NOW).orElseThrow();

        assertEquals(PlanStatus.ACTIVE, plan.status());
        assertEquals(Optional.of("price_1"), plan.stripePriceId());
        assertEquals(1, first.priceVersion());
        assertEquals("price_1", first.stripePriceId());
    }

    @Test
    void activatingTwiceChangesNothingTheSecondTime() {
        Plan plan = activeGym();

        assertEquals(Optional.empty(), plan.activate("prod_2", "price_2", NOW));
        assertEquals(Optional.of("price_1"), plan.stripePriceId());
    }

    @Test
    void aRenameIsNotAPriceChange() {
        Plan plan = activeGym();
        PlanChanges rename = changes("Gym+", null, null, null, 30);

        assertEquals(Optional.empty(), plan.newPricing(rename));
        assertTrue(plan.changesProduct(rename));
        assertEquals(Optional.empty(), plan.change(rename, Optional.empty(), NOW));
        assertEquals("Gym+", plan.name());
        assertEquals(30, plan.trialDays());
        assertEquals(1, plan.priceVersion());
    }

    @Test
    void aNewIntervalMovesThePlanToANewPriceVersion() {
        Plan plan = activeGym();
        PlanChanges yearly = changes(null, 20000L, null, BillingInterval.YEAR, null);

        PlanPrice second = plan.change(yearly, Optional.of("price_2"), NOW).orElseThrow();

        assertEquals(2, plan.priceVersion());
        assertEquals(new PlanPricing(Money.of(20000, "eur"), BillingInterval.YEAR), plan.pricing());
        assertEquals(Optional.of("price_2"), plan.stripePriceId());
        assertEquals(2, second.priceVersion());
    }

    @Test
    void aPriceChangeWithoutItsNewPriceIsRefused() {
        Plan plan = activeGym();

        assertThrows(IllegalStateException.class, () -> plan.change(changes(null, 2500L, null, null, null), Optional.empty(), NOW));
        assertEquals(MONTHLY, plan.pricing());
    }

    @Test
    void theSamePriceAgainIsNoPriceChange() {
        Plan plan = activeGym();

        assertEquals(Optional.empty(), plan.newPricing(changes(null, 2000L, "eur", BillingInterval.MONTH, null)));
    }

    @Test
    void aRetiredPlanCannotBeEdited() {
        Plan plan = activeGym();
        plan.retire(NOW);

        assertEquals(PlanStatus.RETIRED, plan.status());
        PlanRefusal refusal = assertThrows(PlanRefusal.class, () -> plan.change(changes("Other", null, null, null, null), Optional.empty(), NOW));
        assertEquals(PlanRefusal.Reason.CONFLICT, refusal.reason());
    }

    @Test
    void priceKeysDifferByVersionAndByWhatThePriceSays() {
        Plan plan = activeGym();
        PlanPricing dearer = new PlanPricing(Money.of(2500, "eur"), BillingInterval.MONTH);

        assertEquals(plan.priceKey(2, dearer), plan.priceKey(2, dearer));
        assertNotEquals(plan.priceKey(2, dearer), plan.priceKey(3, dearer));
        assertNotEquals(plan.priceKey(2, dearer), plan.priceKey(2, MONTHLY));
        assertTrue(plan.productKey().startsWith("plan-42-"));
    }

    @Test
    void aDestinationPlanIsMadeOnThePlatformADirectOneOnTheSellersAccount() {
        assertEquals(Optional.of("acct_seller7"), DIRECT.requestAccount());
        assertEquals(Optional.empty(), new PlanRouting(SELLER, ChargeType.DESTINATION, "acct_seller7").requestAccount());
    }
}
