package com.marketplace.sandbox.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stripe's proration rule for a price change mid-period: the unused time on the old price is
 * credited and the remaining time on the new price is charged, each pro rata by seconds of the
 * current period ({@code amount × (period_end − change) / (period_end − period_start)}), rounded
 * to the nearest minor unit.
 */
public record Proration(long credit, long charge) {

    public static Proration of(long oldAmount, long newAmount, long periodStart, long periodEnd, long changedAt) {
        if (periodEnd <= periodStart) {
            throw new IllegalArgumentException("an empty period");
        }
        long at = Math.max(periodStart, Math.min(changedAt, periodEnd));
        long remaining = periodEnd - at;
        long length = periodEnd - periodStart;
        return new Proration(-share(oldAmount, remaining, length), share(newAmount, remaining, length));
    }

    public long net() {
        return credit + charge;
    }

    private static long share(long amount, long remaining, long length) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(remaining))
                .divide(BigDecimal.valueOf(length), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
