package com.marketplace.platform.kpis.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The orders paid in a window, as one {@code GROUP BY} of their seconds to pay answers them: per
 * distinct duration, how many orders and their sums. The money figures are the sums over every
 * duration, and the durations' counts are the distribution the time to pay is read from, so one
 * read of the window gives both.
 */
public final class PaidOrders {

    private final Map<Long, Long> ordersPerSecond = new TreeMap<>();
    private long orders;
    private long gross;
    private long fees;
    private long refundedOrders;
    private long refundedAmount;

    /**
     * The row of one duration. A clock step back between two writes could make a duration negative:
     * it counts as none.
     */
    public PaidOrders add(long secondsToPay, long orders, long gross, long fees, long refundedOrders, long refundedAmount) {
        ordersPerSecond.merge(Math.max(0, secondsToPay), orders, Long::sum);
        this.orders += orders;
        this.gross = Math.addExact(this.gross, gross);
        this.fees = Math.addExact(this.fees, fees);
        this.refundedOrders += refundedOrders;
        this.refundedAmount = Math.addExact(this.refundedAmount, refundedAmount);
        return this;
    }

    /** The window's counts with these paid orders' figures and the other reads' counts. */
    public OrderCounts counts(long failedPayments, long sessionsCreated, long sessionsPaid, long sessionsAbandoned, long disputesOpened,
                              long disputesOpen) {
        return new OrderCounts(orders, gross, fees, refundedOrders, refundedAmount, failedPayments, sessionsCreated, sessionsPaid,
                sessionsAbandoned, disputesOpened, disputesOpen);
    }

    public Distribution secondsToPay() {
        List<Distribution.Bucket> buckets = new ArrayList<>();
        ordersPerSecond.forEach((seconds, count) -> buckets.add(new Distribution.Bucket(seconds, count)));
        return new Distribution(buckets);
    }
}
