package com.marketplace.platform.kpis.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The admins' KPIs of one currency and period, worked out from what the database counted
 * ({@link #of}). Amounts are minor units of the currency; rates are fractions (see {@link Rate}),
 * empty when there is nothing to divide by; percentiles are empty when nothing was observed.
 * {@code payoutFailures}: the currency's payouts created in the window that failed.
 */
public record Kpis(KpiPeriod period, long grossVolume, long fees, long paidOrders, long failedPayments,
                   Optional<BigDecimal> paymentSuccessRate, Optional<BigDecimal> checkoutConversion, Optional<BigDecimal> dropOffRate,
                   TimeToPay timeToPay, Refunds refunds, Disputes disputes, Subscriptions subscriptions, long payoutFailures,
                   long webhookLagSeconds, long deadWebhookEvents) {

    public Kpis {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(paymentSuccessRate, "paymentSuccessRate");
        Objects.requireNonNull(checkoutConversion, "checkoutConversion");
        Objects.requireNonNull(dropOffRate, "dropOffRate");
        Objects.requireNonNull(timeToPay, "timeToPay");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(disputes, "disputes");
        Objects.requireNonNull(subscriptions, "subscriptions");
    }

    /** Seconds from the start of checkout to the payment: the median and the 90th percentile. */
    public record TimeToPay(OptionalLong p50, OptionalLong p90) {
    }

    /** Orders paid in the window that were refunded since (in part or in full), what went back, and their share of the paid orders. */
    public record Refunds(long count, long amount, Optional<BigDecimal> rate) {
    }

    /**
     * Disputes opened in the window and their rate per paid order, the currency's disputes open now,
     * and the median days from opening to closing of those closed in the window (one decimal).
     */
    public record Disputes(long count, Optional<BigDecimal> rate, long open, Optional<BigDecimal> medianDaysToClose) {
    }

    /**
     * The currency's subscriptions: those giving access now ({@code active}: trialing, active or past
     * due, the first and last also apart), the monthly recurring revenue of the paying ones, and over
     * the window those that started, those that ended and the churn rate (ended per subscription that
     * had access at the window's start).
     */
    public record Subscriptions(long active, long trialing, long pastDue, long mrr, long started, long ended,
                                Optional<BigDecimal> churnRate) {

        public Subscriptions {
            Objects.requireNonNull(churnRate, "churnRate");
        }

        static Subscriptions of(SubscriptionCounts counts) {
            long mrr = counts.billed().stream().mapToLong(billed -> monthly(billed.amount(), billed.yearly()) * billed.subscriptions()).sum();
            return new Subscriptions(counts.trialing() + counts.active() + counts.pastDue(), counts.trialing(), counts.pastDue(), mrr,
                    counts.startedInWindow(), counts.endedInWindow(), Rate.of(counts.endedInWindow(), counts.withAccessAtStart()));
        }

        /**
         * A price as a month's worth: a yearly one is a twelfth, rounded half up to a whole minor unit
         * per subscription (so MRR is a sum of what each subscription is worth a month, in integer minor units).
         */
        static long monthly(long amount, boolean yearly) {
            if (!yearly) {
                return amount;
            }
            return BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    public static Kpis of(KpiPeriod period, OrderCounts counts, Distribution secondsToPay, Distribution hoursToCloseDispute,
                          SubscriptionCounts subscriptions, WebhookBacklog.Backlog webhooks) {
        return of(period, counts, secondsToPay, hoursToCloseDispute, subscriptions, 0, webhooks);
    }

    public static Kpis of(KpiPeriod period, OrderCounts counts, Distribution secondsToPay, Distribution hoursToCloseDispute,
                          SubscriptionCounts subscriptions, long payoutFailures, WebhookBacklog.Backlog webhooks) {
        long paid = counts.paidOrders();
        return new Kpis(period, counts.grossVolume(), counts.fees(), paid, counts.failedPayments(),
                Rate.of(paid, paid + counts.failedPayments()),
                Rate.of(counts.sessionsPaid(), counts.sessionsCreated()),
                Rate.of(counts.sessionsAbandoned(), counts.sessionsCreated()),
                new TimeToPay(secondsToPay.percentile(50), secondsToPay.percentile(90)),
                new Refunds(counts.refundedOrders(), counts.refundedAmount(), Rate.of(counts.refundedOrders(), paid)),
                new Disputes(counts.disputesOpened(), Rate.of(counts.disputesOpened(), paid), counts.disputesOpen(),
                        days(hoursToCloseDispute.median())),
                Subscriptions.of(subscriptions), payoutFailures, webhooks.lagSeconds(), webhooks.deadEvents());
    }

    /** Hours as days with one decimal, rounded half up (36 hours are 1.5 days, 1 hour is 0.0). */
    static Optional<BigDecimal> days(OptionalLong hours) {
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(hours.getAsLong()).divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP));
    }
}
