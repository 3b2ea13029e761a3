package com.marketplace.platform.kpis.domain;

/** The orders' figures of a period: the counts and sums, and the seconds to pay of the orders paid in it. */
public record OrderFigures(OrderCounts counts, Distribution secondsToPay) {
}
