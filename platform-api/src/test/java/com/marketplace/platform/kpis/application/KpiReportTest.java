package com.marketplace.platform.kpis.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kpis.domain.Distribution;
import com.marketplace.platform.kpis.domain.KpiFigures;
import com.marketplace.platform.kpis.domain.KpiPeriod;
import com.marketplace.platform.kpis.domain.KpiRefusal;
import com.marketplace.platform.kpis.domain.Kpis;
import com.marketplace.platform.kpis.domain.OrderCounts;
import com.marketplace.platform.kpis.domain.OrderFigures;
import com.marketplace.platform.kpis.domain.SubscriptionCounts;
import com.marketplace.platform.kpis.domain.WebhookBacklog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which periods the KPIs are asked for, and which requests they refuse, for the API and the page alike. */
class KpiReportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    /** Answers fixed counts and remembers the periods it was asked about. */
    private static final class RecordingFigures implements KpiFigures {

        final List<KpiPeriod> asked = new ArrayList<>();
        final List<KpiPeriod> subscriptionsAsked = new ArrayList<>();

        @Override
        public OrderFigures orders(KpiPeriod period) {
            asked.add(period);
            return new OrderFigures(new OrderCounts(3, 9_000, 300, 1, 1_000, 1, 5, 3, 1, 0, 0), Distribution.of(30, 60, 90));
        }

        @Override
        public Distribution hoursToCloseDispute(KpiPeriod period) {
            return Distribution.empty();
        }

        @Override
        public SubscriptionCounts subscriptions(KpiPeriod period) {
            subscriptionsAsked.add(period);
            return new SubscriptionCounts(1, 2, 1, List.of(new SubscriptionCounts.Billed(900, false, 3)), 1, 1, 4);
        }

        @Override
        public long payoutFailures(KpiPeriod period) {
            return 2;
        }
    }

    private final RecordingFigures figures = new RecordingFigures();
    private final KpiReport report = new KpiReport(figures, () -> new WebhookBacklog.Backlog(12, 1), Clock.fixed(NOW, ZoneOffset.UTC));

    private String refusal(String currency, String days) {
        KpiRefusal refused = assertThrows(KpiRefusal.class, () -> report.of(currency, Optional.ofNullable(days)));
        assertEquals(KpiRefusal.Reason.VALIDATION_FAILED, refused.reason());
        return refused.getMessage();
    }

    @Test
    void withoutDaysThePeriodIsTheLastThirtyDays() {
        Kpis kpis = report.of("usd", Optional.empty());

        assertEquals(30, kpis.period().days());
        assertEquals(Instant.parse("2026-11-01T12:00:00Z"), figures.asked.get(0).from());
        assertEquals(NOW, figures.asked.get(0).until());
    }

    @Test
    void theFiguresAreAskedForTheCurrencyAndDaysRequested() {
        report.of("eur", Optional.of("7"));

        assertEquals("eur", figures.asked.get(0).currency().value());
        assertEquals(Instant.parse("2026-11-24T12:00:00Z"), figures.asked.get(0).from());
    }

    @Test
    void aCurrencyInCapitalsIsTheSameCurrency() {
        assertEquals("usd", report.of("USD", Optional.of("1")).period().currency().value());
    }

    @Test
    void theKpisCarryTheInboxsBacklog() {
        Kpis kpis = report.of("usd", Optional.of("1"));

        assertEquals(12, kpis.webhookLagSeconds());
        assertEquals(1, kpis.deadWebhookEvents());
    }

    @Test
    void theSubscriptionsAreCountedForTheSamePeriod() {
        Kpis kpis = report.of("sek", Optional.of("7"));

        assertEquals(figures.asked, figures.subscriptionsAsked);
        assertEquals(4, kpis.subscriptions().active());
        assertEquals(2_700, kpis.subscriptions().mrr());
    }

    @Test
    void aMissingCurrencyIsRefusedByName() {
        assertTrue(refusal(null, "30").startsWith("currency is required"));
        assertTrue(refusal(" ", "30").startsWith("currency is required"));
    }

    @Test
    void aCurrencyTheMarketplaceDoesNotSellInIsRefusedByName() {
        assertEquals("currency must be one of the marketplace's currencies, such as usd; got 'xyz'", refusal("xyz", "30"));
    }

    @Test
    void aLongCurrencyIsEchoedShortened() {
        assertEquals("currency must be one of the marketplace's currencies, such as usd; got 'aaaaaaaaaaaa...'",
                refusal("a".repeat(500), "30"));
    }

    @Test
    void daysOtherThanOneSevenOrThirtyAreRefusedByName() {
        assertEquals("days must be 1, 7 or 30; got '14'", refusal("usd", "14"));
        assertEquals("days must be 1, 7 or 30; got '0'", refusal("usd", "0"));
    }

    @Test
    void daysThatAreNotAWholeNumberAreRefusedByName() {
        assertEquals("days must be 1, 7 or 30; got 'abc'", refusal("usd", "abc"));
        assertEquals("days must be 1, 7 or 30; got '7.5'", refusal("usd", "7.5"));
        assertEquals("days must be 1, 7 or 30; got '-7'", refusal("usd", "-7"));
    }

    @Test
    void nothingIsCountedForARefusedRequest() {
        refusal("usd", "2");

        assertEquals(List.of(), figures.asked);
        assertEquals(List.of(), figures.subscriptionsAsked);
    }

    @Test
    void thePayoutFailuresAreTheCurrencysFailedPayoutsOfThePeriod() {
        assertEquals(2, report.of("eur", Optional.of("7")).payoutFailures());
    }
}
