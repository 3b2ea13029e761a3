package com.marketplace.platform.alerts.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which rules hold, given the signals and the thresholds. Pure: the same figures always give the same breaches. */
public final class AlertRules {

    private AlertRules() {
    }

    public static List<Breach> breached(BusinessSignals signals, AlertThresholds thresholds) {
        List<Breach> breaches = new ArrayList<>();
        for (BusinessSignals.Payments payments : signals.payments()) {
            if (payments.attempts() >= thresholds.successMinAttempts() && payments.successRate() < thresholds.successRateFloor()) {
                breaches.add(Breach.of(AlertRule.PAYMENT_SUCCESS_RATE_LOW, payments.currency(), String.format(Locale.ROOT,
                        "%s payments: %d of %d succeeded (%s) in the last %s, under the floor of %s", upper(payments.currency()),
                        payments.paid(), payments.attempts(), percent(payments.successRate()), minutes(thresholds.successWindow()),
                        percent(thresholds.successRateFloor()))));
            }
        }
        for (BusinessSignals.Disputes disputes : signals.disputes()) {
            if (disputes.paidOrders() >= thresholds.disputeMinPaidOrders() && disputes.rate() > thresholds.disputeRateCeiling()) {
                breaches.add(Breach.of(AlertRule.DISPUTE_RATE_HIGH, disputes.currency(), String.format(Locale.ROOT,
                        "%s: %d disputes opened in the last 30 days for %d orders paid (%s), above %s", upper(disputes.currency()),
                        disputes.disputed(), disputes.paidOrders(), percent(disputes.rate()), percent(thresholds.disputeRateCeiling()))));
            }
        }
        if (signals.deadWebhookEvents() > 0) {
            breaches.add(Breach.of(AlertRule.DEAD_WEBHOOK_EVENTS, signals.deadWebhookEvents()
                    + " webhook event(s) failed every retry; replay them from the webhooks page once the cause is fixed"));
        }
        if (signals.deadNotifications() > 0) {
            breaches.add(Breach.of(AlertRule.DEAD_NOTIFICATIONS, signals.deadNotifications()
                    + " message(s) failed every retry; resend them from the mailbox page once mail works again"));
        }
        if (signals.webhookLagSeconds() > thresholds.webhookLagLimit().toSeconds()) {
            breaches.add(Breach.of(AlertRule.WEBHOOK_LAG_HIGH, "The oldest webhook event has waited " + signals.webhookLagSeconds()
                    + " s to be processed (limit " + thresholds.webhookLagLimit().toSeconds() + " s)"));
        }
        double spikeAbove = thresholds.refundSpikeMultiple() * signals.refundsUsualHour();
        if (signals.refundsLastHour() >= thresholds.refundSpikeMinimum() && signals.refundsLastHour() > spikeAbove) {
            breaches.add(Breach.of(AlertRule.REFUND_SPIKE, String.format(Locale.ROOT,
                    "%d refunds in the last hour; the usual hour this week had %.1f", signals.refundsLastHour(), signals.refundsUsualHour())));
        }
        for (BusinessSignals.PayoutFailures failures : signals.payoutFailures()) {
            if (failures.sellers() > 0) {
                breaches.add(Breach.of(AlertRule.PAYOUT_FAILURES, failures.currency(), String.format(Locale.ROOT,
                        "%s: the latest payout of %d seller(s) failed; Stripe holds their payouts until their bank account is fixed",
                        upper(failures.currency()), failures.sellers())));
            }
        }
        return breaches;
    }

    private static String upper(String currency) {
        return currency.toUpperCase(Locale.ROOT);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }

    private static String minutes(Duration window) {
        return window.toMinutes() + " min";
    }
}
