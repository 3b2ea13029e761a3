package com.marketplace.platform.kpis.domain;

/**
 * The read side of the KPIs over the orders and the subscriptions: counts and sums per period, and
 * the distributions the percentiles are read from. Every answer is aggregated by the database; no
 * order or subscription row is loaded.
 */
public interface KpiFigures {

    /**
     * The window's order counts and sums, and the seconds from the start of checkout to the payment
     * of the orders paid in it, per distinct value.
     */
    OrderFigures orders(KpiPeriod period);

    /** Hours from a dispute's opening to its closing, of the disputes closed in the window, per distinct value. */
    Distribution hoursToCloseDispute(KpiPeriod period);

    /** The period's currency's subscriptions: giving access now, billed now, started and ended in the window. */
    SubscriptionCounts subscriptions(KpiPeriod period);

    /** The period's currency's payouts created in the window that failed (the payouts feature's projection of Stripe's payouts). */
    long payoutFailures(KpiPeriod period);
}
