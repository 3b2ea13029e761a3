package com.marketplace.platform.kpis.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The window a set of KPIs covers: one currency (amounts are never added across currencies) and the
 * last 1, 7 or 30 days up to and including the moment they are asked for, {@code [from, until]}. A rolling window
 * rather than calendar days, so "the last day" at 00:10 is not ten minutes of data and an alert
 * reading it compares like with like at any hour.
 */
public record KpiPeriod(CurrencyCode currency, int days, Instant from, Instant until) {

    public static final List<Integer> DAYS = List.of(1, 7, 30);
    public static final int DEFAULT_DAYS = 30;

    public KpiPeriod {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!DAYS.contains(days)) {
            throw new IllegalArgumentException("A KPI period is 1, 7 or 30 days, got " + days);
        }
        if (!from.plus(Duration.ofDays(days)).equals(until)) {
            throw new IllegalArgumentException("The window " + from + " to " + until + " is not " + days + " days");
        }
    }

    /** The {@code days} days up to {@code now}. */
    public static KpiPeriod ending(CurrencyCode currency, int days, Instant now) {
        return new KpiPeriod(currency, days, now.minus(Duration.ofDays(days)), now);
    }
}
