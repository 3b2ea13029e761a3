package com.marketplace.platform.kpis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.kernel.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** How the KPIs are worked out from what the database counted. */
class KpisTest {

    private static final KpiPeriod PERIOD = KpiPeriod.ending(CurrencyCode.of("usd"), 30, Instant.parse("2026-12-01T12:00:00Z"));

    private static OrderCounts counts(long paid, long failed, long sessions, long sessionsPaid, long abandoned) {
        return new OrderCounts(paid, 0, 0, 0, 0, failed, sessions, sessionsPaid, abandoned, 0, 0);
    }

    private static Kpis kpis(OrderCounts counts) {
        return Kpis.of(PERIOD, counts, Distribution.empty(), Distribution.empty(), SubscriptionCounts.none(), WebhookBacklog.Backlog.none());
    }

    private static Kpis.Subscriptions subscriptions(SubscriptionCounts counts) {
        return Kpis.of(PERIOD, OrderCounts.none(), Distribution.empty(), Distribution.empty(), counts, WebhookBacklog.Backlog.none())
                .subscriptions();
    }

    private static SubscriptionCounts billed(SubscriptionCounts.Billed... billed) {
        return new SubscriptionCounts(0, 0, 0, List.of(billed), 0, 0, 0);
    }

    @Test
    void thePaymentSuccessRateIsPaidOverPaidAndFailed() {
        assertEquals(Optional.of(new BigDecimal("0.7500")), kpis(counts(3, 1, 0, 0, 0)).paymentSuccessRate());
    }

    @Test
    void withoutAnyPaymentAttemptThereIsNoSuccessRate() {
        assertEquals(Optional.empty(), kpis(counts(0, 0, 4, 0, 4)).paymentSuccessRate());
    }

    @Test
    void theCheckoutConversionIsTheShareOfSessionsPaid() {
        assertEquals(Optional.of(new BigDecimal("0.4000")), kpis(counts(9, 0, 5, 2, 1)).checkoutConversion());
    }

    @Test
    void theDropOffRateIsTheShareOfSessionsThatExpiredUnpaid() {
        assertEquals(Optional.of(new BigDecimal("0.2000")), kpis(counts(9, 0, 5, 2, 1)).dropOffRate());
    }

    @Test
    void withoutAnySessionThereIsNeitherConversionNorDropOff() {
        Kpis kpis = kpis(counts(2, 0, 0, 0, 0));

        assertEquals(Optional.empty(), kpis.checkoutConversion());
        assertEquals(Optional.empty(), kpis.dropOffRate());
    }

    @Test
    void theRefundRateIsTheShareOfPaidOrdersRefundedSince() {
        Kpis kpis = kpis(new OrderCounts(8, 40_000, 1_200, 2, 3_500, 0, 0, 0, 0, 0, 0));

        assertEquals(new Kpis.Refunds(2, 3_500, Optional.of(new BigDecimal("0.2500"))), kpis.refunds());
    }

    @Test
    void theDisputeRateIsDisputesOpenedPerPaidOrder() {
        Kpis kpis = kpis(new OrderCounts(400, 0, 0, 0, 0, 0, 0, 0, 0, 3, 5));

        assertEquals(Optional.of(new BigDecimal("0.0075")), kpis.disputes().rate());
        assertEquals(3, kpis.disputes().count());
        assertEquals(5, kpis.disputes().open());
    }

    @Test
    void timeToPayIsTheMedianAndNinetiethPercentileOfTheSecondsToPay() {
        Kpis kpis = Kpis.of(PERIOD, counts(5, 0, 0, 0, 0), Distribution.of(60, 120, 300, 600, 900), Distribution.empty(),
                SubscriptionCounts.none(), WebhookBacklog.Backlog.none());

        assertEquals(new Kpis.TimeToPay(OptionalLong.of(300), OptionalLong.of(900)), kpis.timeToPay());
    }

    @Test
    void theMedianDaysToCloseADisputeAreItsMedianHoursInDaysWithOneDecimal() {
        Kpis kpis = Kpis.of(PERIOD, OrderCounts.none(), Distribution.empty(), Distribution.of(36, 240, 500), SubscriptionCounts.none(),
                WebhookBacklog.Backlog.none());

        assertEquals(Optional.of(new BigDecimal("10.0")), kpis.disputes().medianDaysToClose());
    }

    @Test
    void daysAreRoundedHalfUpToOneDecimal() {
        assertEquals(Optional.of(new BigDecimal("1.5")), Kpis.days(OptionalLong.of(36)));
        assertEquals(Optional.of(new BigDecimal("0.0")), Kpis.days(OptionalLong.of(1)));
        assertEquals(Optional.of(new BigDecimal("0.1")), Kpis.days(OptionalLong.of(2)));
    }

    @Test
    void withoutAClosedDisputeThereIsNoMedianDaysToClose() {
        assertEquals(Optional.empty(), kpis(OrderCounts.none()).disputes().medianDaysToClose());
    }

    @Test
    void payoutFailuresAreNoneUntilPayoutsAreTracked() {
        assertEquals(0, kpis(counts(3, 1, 4, 3, 0)).payoutFailures());
    }

    @Test
    void activeSubscriptionsAreTheTrialingActiveAndPastDueOnesWithTheFirstAndLastApart() {
        Kpis.Subscriptions subscriptions = subscriptions(new SubscriptionCounts(2, 5, 1, List.of(), 0, 0, 0));

        assertEquals(8, subscriptions.active());
        assertEquals(2, subscriptions.trialing());
        assertEquals(1, subscriptions.pastDue());
    }

    @Test
    void aMonthlyPriceCountsWholeInTheMrr() {
        assertEquals(3 * 1_000, subscriptions(billed(new SubscriptionCounts.Billed(1_000, false, 3))).mrr());
    }

    @Test
    void aYearlyPriceCountsATwelfthRoundedHalfUpPerSubscription() {
        // 12,006 a year is 1,000.5 a month: 1,001 for each of the two, not 2,001 for both.
        assertEquals(2 * 1_001, subscriptions(billed(new SubscriptionCounts.Billed(12_006, true, 2))).mrr());
        assertEquals(1_000, subscriptions(billed(new SubscriptionCounts.Billed(12_005, true, 1))).mrr());
    }

    @Test
    void theMrrAddsEveryPriceBilled() {
        assertEquals(1_000 + 2 * 500 + 100, subscriptions(billed(new SubscriptionCounts.Billed(1_000, false, 1),
                new SubscriptionCounts.Billed(500, false, 2), new SubscriptionCounts.Billed(1_200, true, 1))).mrr());
    }

    @Test
    void theChurnRateIsTheSubscriptionsEndedPerSubscriptionWithAccessAtTheWindowsStart() {
        Kpis.Subscriptions subscriptions = subscriptions(new SubscriptionCounts(1, 4, 0, List.of(), 3, 2, 8));

        assertEquals(Optional.of(new BigDecimal("0.2500")), subscriptions.churnRate());
        assertEquals(2, subscriptions.ended());
        assertEquals(3, subscriptions.started());
    }

    @Test
    void withoutASubscriptionAtTheWindowsStartThereIsNoChurnRate() {
        assertEquals(Optional.empty(), subscriptions(new SubscriptionCounts(2, 0, 0, List.of(), 3, 1, 0)).churnRate());
    }

    @Test
    void aCurrencyWithoutSubscriptionsHasNoneAndNoChurnRate() {
        assertEquals(new Kpis.Subscriptions(0, 0, 0, 0, 0, 0, Optional.empty()), kpis(counts(3, 1, 4, 3, 0)).subscriptions());
    }

    @Test
    void theWebhookFiguresAreTheInboxs() {
        Kpis kpis = Kpis.of(PERIOD, OrderCounts.none(), Distribution.empty(), Distribution.empty(), SubscriptionCounts.none(),
                new WebhookBacklog.Backlog(75, 2));

        assertEquals(75, kpis.webhookLagSeconds());
        assertEquals(2, kpis.deadWebhookEvents());
    }
}
