package com.marketplace.platform.fees.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.fees.domain.ApplicableRate;
import com.marketplace.platform.fees.domain.FeeChange;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.fees.domain.FeeRefusal;
import com.marketplace.platform.fees.domain.FeeScope;
import com.marketplace.platform.fees.domain.FeeSource;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.fakes.InMemoryFees;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final SellerId SELLER = new SellerId(7);
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    private final InMemoryFees fees = new InMemoryFees();
    private final FeeSchedule schedule = new FeeSchedule(fees, new InMemorySellerDirectory().active(SELLER, ChargeType.DIRECT, "acct_7"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSellersOverrideWinsOverTheDefault() {
        schedule.setDefault(FeeRate.of(500, 0, EUR), "admin");
        schedule.setOverride(SELLER, FeeRate.of(200, 5, EUR), "admin");

        assertEquals(new ApplicableRate(FeeRate.of(200, 5, EUR), FeeSource.SELLER_OVERRIDE), schedule.applicableRate(SELLER, EUR));
    }

    @Test
    void withoutAnOverrideTheCurrencysDefaultApplies() {
        schedule.setDefault(FeeRate.of(500, 0, EUR), "admin");

        assertEquals(new ApplicableRate(FeeRate.of(500, 0, EUR), FeeSource.DEFAULT), schedule.applicableRate(SELLER, EUR));
    }

    @Test
    void aCurrencyWithoutADefaultGetsTheFallback() {
        assertEquals(new ApplicableRate(FeeRate.fallback(EUR), FeeSource.FALLBACK), schedule.applicableRate(SELLER, EUR));
    }

    @Test
    void changingADefaultAuditsThePreviousRateAsBefore() {
        schedule.setDefault(FeeRate.of(500, 0, EUR), "first@admin.test");
        schedule.setDefault(FeeRate.of(600, 10, EUR), "second@admin.test");

        FeeChange latest = fees.changes.get(1);
        assertEquals(2, fees.changes.size());
        assertEquals(Optional.of(FeeRate.of(500, 0, EUR)), latest.before());
        assertEquals(Optional.of(FeeRate.of(600, 10, EUR)), latest.after());
        assertEquals("second@admin.test", latest.changedBy());
        assertEquals(NOW, latest.changedAt());
        assertEquals(FeeScope.DEFAULT, latest.scope());
    }

    @Test
    void removingAnOverrideIsAuditedWithNoAfter() {
        schedule.setOverride(SELLER, FeeRate.of(200, 5, EUR), "admin");

        assertTrue(schedule.removeOverride(SELLER, EUR, "admin"));

        FeeChange removal = fees.changes.get(1);
        assertEquals(Optional.of(FeeRate.of(200, 5, EUR)), removal.before());
        assertEquals(Optional.empty(), removal.after());
        assertEquals(Optional.of(SELLER), removal.seller());
        assertEquals(FeeSource.FALLBACK, schedule.applicableRate(SELLER, EUR).source());
    }

    @Test
    void removingAnOverrideThatIsNotThereAuditsNothing() {
        assertFalse(schedule.removeOverride(SELLER, EUR, "admin"));

        assertTrue(fees.changes.isEmpty());
    }

    @Test
    void anOverrideForAnUnknownSellerIsSellerNotFoundAndAuditsNothing() {
        FeeRefusal refused = assertThrows(FeeRefusal.class,
                () -> schedule.setOverride(new SellerId(99), FeeRate.of(200, 5, EUR), "admin"));

        assertEquals(FeeRefusal.Reason.SELLER_NOT_FOUND, refused.reason());
        assertTrue(fees.changes.isEmpty());
    }

    @Test
    void theAdminAskingTheRateOfAnUnknownSellerIsSellerNotFound() {
        FeeRefusal refused = assertThrows(FeeRefusal.class, () -> schedule.applicableRateOfExistingSeller(new SellerId(99), EUR));

        assertEquals(FeeRefusal.Reason.SELLER_NOT_FOUND, refused.reason());
    }

    @Test
    void removingAnOverrideOfAnUnknownSellerIsSellerNotFound() {
        FeeRefusal refused = assertThrows(FeeRefusal.class, () -> schedule.removeOverride(new SellerId(99), EUR, "admin"));

        assertEquals(FeeRefusal.Reason.SELLER_NOT_FOUND, refused.reason());
    }

    @Test
    void changingAnOverrideAuditsThePreviousRate() {
        schedule.setOverride(SELLER, FeeRate.of(200, 5, EUR), "admin");
        schedule.setOverride(SELLER, FeeRate.of(300, 0, EUR), "admin");

        assertEquals(Optional.of(FeeRate.of(200, 5, EUR)), fees.changes.get(1).before());
        assertEquals(new ApplicableRate(FeeRate.of(300, 0, EUR), FeeSource.SELLER_OVERRIDE), schedule.applicableRate(SELLER, EUR));
    }
}
