package com.marketplace.sandbox.billing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Billing periods as Stripe counts them: a month or a year after the anchor, on the same day of
 * the month (the 31st falls back to the month's last day), in UTC.
 */
public final class BillingPeriods {

    private BillingPeriods() {
    }

    public static long end(long start, String interval, long count) {
        ZonedDateTime from = Instant.ofEpochSecond(start).atZone(ZoneOffset.UTC);
        ZonedDateTime to = switch (interval) {
            case "day" -> from.plusDays(count);
            case "week" -> from.plusWeeks(count);
            case "month" -> from.plusMonths(count);
            case "year" -> from.plusYears(count);
            default -> throw new IllegalArgumentException("unknown interval " + interval);
        };
        return to.toEpochSecond();
    }
}
