package com.marketplace.platform.kpis.domain;

import java.util.List;

/**
 * What the database counts of one currency's subscriptions for a {@link KpiPeriod}, before any
 * arithmetic (docs/kpis.md defines each figure).
 *
 * @param trialing          subscriptions TRIALING now
 * @param active            subscriptions ACTIVE now
 * @param pastDue           subscriptions PAST_DUE now (access, with a warning)
 * @param billed            the ACTIVE and PAST_DUE subscriptions grouped by the price Stripe bills them, the MRR's terms
 * @param startedInWindow   subscriptions that first gave access in the window
 * @param endedInWindow     subscriptions that gave access and whose access ended in the window
 * @param withAccessAtStart subscriptions that had access at the window's start: started before it, not ended before it
 */
public record SubscriptionCounts(long trialing, long active, long pastDue, List<Billed> billed, long startedInWindow,
                                 long endedInWindow, long withAccessAtStart) {

    public SubscriptionCounts {
        billed = List.copyOf(billed);
    }

    /** {@code subscriptions} billed {@code amount} minor units a month, or a year when {@code yearly}. */
    public record Billed(long amount, boolean yearly, long subscriptions) {
    }

    public static SubscriptionCounts none() {
        return new SubscriptionCounts(0, 0, 0, List.of(), 0, 0, 0);
    }
}
