package com.marketplace.platform.alerts.domain;

import java.util.List;

/**
 * What the rules look at, read in one go: counts, never rows.
 *
 * @param payments per currency, the payments that ended in the success window
 * @param disputes per currency, the last 30 days' paid orders and how many of them were disputed
 * @param refundsLastHour refunds requested in the last hour
 * @param refundsUsualHour refunds per hour over the week before that hour
 * @param deadNotifications messages of the outbox that failed every retry
 * @param webhookLagSeconds how long the oldest webhook event still to be processed has waited; 0 when none waits
 * @param payoutFailures per currency, the sellers whose latest settled payout in it failed
 */
public record BusinessSignals(List<Payments> payments, List<Disputes> disputes, long refundsLastHour, double refundsUsualHour,
                              long webhookLagSeconds, long deadWebhookEvents, long deadNotifications, List<PayoutFailures> payoutFailures) {

    public BusinessSignals {
        payments = List.copyOf(payments);
        disputes = List.copyOf(disputes);
        payoutFailures = List.copyOf(payoutFailures);
    }

    /** Signals without payout failures. */
    public BusinessSignals(List<Payments> payments, List<Disputes> disputes, long refundsLastHour, double refundsUsualHour,
                           long webhookLagSeconds, long deadWebhookEvents, long deadNotifications) {
        this(payments, disputes, refundsLastHour, refundsUsualHour, webhookLagSeconds, deadWebhookEvents, deadNotifications, List.of());
    }

    /** How many sellers have their payouts in a currency held by a failure. */
    public record PayoutFailures(String currency, long sellers) {
    }

    public record Payments(String currency, long paid, long failed) {

        public long attempts() {
            return paid + failed;
        }

        /** paid / (paid + failed); 1 when nothing ended, as nothing failed. */
        public double successRate() {
            return attempts() == 0 ? 1.0 : (double) paid / attempts();
        }
    }

    /** Orders paid and disputes opened in the last 30 days: the KPIs' dispute rate (docs/kpis.md) over that window. */
    public record Disputes(String currency, long paidOrders, long disputed) {

        public double rate() {
            return paidOrders == 0 ? 0.0 : (double) disputed / paidOrders;
        }
    }
}
