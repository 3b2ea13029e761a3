package com.marketplace.platform.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When each rule holds, at its threshold and on either side of it. */
class AlertRulesTest {

    private static final AlertThresholds THRESHOLDS = new AlertThresholds(0.80, 20, Duration.ofMinutes(60), 0.0075, 1,
            Duration.ofMinutes(5), 3.0, 5);

    private static BusinessSignals quiet() {
        return new BusinessSignals(List.of(), List.of(), 0, 0, 0, 0, 0);
    }

    private static List<Breach> payments(long paid, long failed) {
        return AlertRules.breached(new BusinessSignals(List.of(new BusinessSignals.Payments("usd", paid, failed)), List.of(), 0, 0,
                0, 0, 0), THRESHOLDS);
    }

    private static List<Breach> disputes(long paidOrders, long disputed) {
        return AlertRules.breached(new BusinessSignals(List.of(), List.of(new BusinessSignals.Disputes("eur", paidOrders, disputed)), 0, 0,
                0, 0, 0), THRESHOLDS);
    }

    private static List<Breach> refunds(long lastHour, double usualHour) {
        return AlertRules.breached(new BusinessSignals(List.of(), List.of(), lastHour, usualHour, 0, 0, 0), THRESHOLDS);
    }

    @Test
    void nothingHappeningBreachesNothing() {
        assertEquals(List.of(), AlertRules.breached(quiet(), THRESHOLDS));
    }

    @Test
    void aSuccessRateUnderTheFloorWithEnoughAttemptsAlertsForThatCurrency() {
        List<Breach> breaches = payments(15, 6);

        assertEquals(1, breaches.size());
        assertEquals("payment_success_rate_low:usd", breaches.get(0).key());
        assertTrue(breaches.get(0).detail().startsWith("USD payments: 15 of 21 succeeded (71.43 %)"), breaches.get(0).detail());
    }

    @Test
    void aSuccessRateAtTheFloorIsFine() {
        assertEquals(List.of(), payments(16, 4));
    }

    @Test
    void tooFewAttemptsSayNothingAboutTheSuccessRate() {
        assertEquals(List.of(), payments(0, 19));
    }

    @Test
    void aDisputeRateAboveThreeQuartersOfAPercentAlerts() {
        List<Breach> breaches = disputes(1000, 8);

        assertEquals(List.of("dispute_rate_high:eur"), breaches.stream().map(Breach::key).toList());
        assertTrue(breaches.get(0).detail().contains("8 disputes opened in the last 30 days for 1000 orders paid (0.80 %)"), breaches.get(0).detail());
    }

    @Test
    void aDisputeRateOfExactlyThreeQuartersOfAPercentIsFine() {
        assertEquals(List.of(), disputes(400, 3));
    }

    @Test
    void anyDeadWebhookEventAlerts() {
        List<Breach> breaches = AlertRules.breached(new BusinessSignals(List.of(), List.of(), 0, 0, 0, 2, 0), THRESHOLDS);

        assertEquals(List.of("dead_webhook_events"), breaches.stream().map(Breach::key).toList());
    }

    @Test
    void anyDeadNotificationAlerts() {
        List<Breach> breaches = AlertRules.breached(new BusinessSignals(List.of(), List.of(), 0, 0, 0, 0, 1), THRESHOLDS);

        assertEquals(List.of("dead_notifications"), breaches.stream().map(Breach::key).toList());
    }

    @Test
    void webhookEventsWaitingLongerThanTheLimitAlert() {
        List<Breach> late = AlertRules.breached(new BusinessSignals(List.of(), List.of(), 0, 0, 301, 0, 0), THRESHOLDS);
        List<Breach> onTime = AlertRules.breached(new BusinessSignals(List.of(), List.of(), 0, 0, 300, 0, 0), THRESHOLDS);

        assertEquals(List.of("webhook_lag_high"), late.stream().map(Breach::key).toList());
        assertEquals(List.of(), onTime);
    }

    @Test
    void refundsAboveTheMultipleOfTheUsualHourAlert() {
        assertEquals(List.of("refund_spike"), refunds(7, 2.0).stream().map(Breach::key).toList());
    }

    @Test
    void refundsAtTheMultipleOfTheUsualHourAreFine() {
        assertEquals(List.of(), refunds(6, 2.0));
    }

    @Test
    void aFewRefundsInAQuietWeekAreNotASpike() {
        assertEquals(List.of(), refunds(4, 0.0));
    }

    @Test
    void sellersWhoseLatestPayoutFailedAlertPerCurrency() {
        List<Breach> breaches = AlertRules.breached(new BusinessSignals(List.of(), List.of(), 0, 0, 0, 0, 0,
                List.of(new BusinessSignals.PayoutFailures("eur", 2), new BusinessSignals.PayoutFailures("pln", 0))), THRESHOLDS);

        assertEquals(List.of("payout_failures:eur"), breaches.stream().map(Breach::key).toList());
        assertTrue(breaches.get(0).detail().contains("2 seller(s)"), breaches.get(0).detail());
    }
}
