package com.marketplace.platform.fees.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import java.util.Objects;

/**
 * What the platform takes of a sale in one currency: basis points of the amount (10000 = 100 %)
 * plus a fixed amount in that currency's minor units, so a fixed 50 is 0.50 EUR but 50 JPY.
 */
public record FeeRate(int basisPoints, Money fixed) {

    public static final int MAX_BASIS_POINTS = 10_000;

    /**
     * The rate of a currency nobody set a default for (the migration seeds every supported currency
     * with it, so this only matters for a currency added later). 10 % and no fixed part: a fixed
     * amount means something different in every currency, a percentage does not.
     */
    public static final int FALLBACK_BASIS_POINTS = 1_000;
    public static final long FALLBACK_FIXED_AMOUNT = 0;

    public FeeRate {
        Objects.requireNonNull(fixed, "fixed");
        if (basisPoints < 0 || basisPoints > MAX_BASIS_POINTS) {
            throw new IllegalArgumentException("Basis points are 0 to " + MAX_BASIS_POINTS + ", got " + basisPoints);
        }
        if (fixed.minorUnits() < 0) {
            throw new IllegalArgumentException("A fixed fee is not negative, got " + fixed);
        }
    }

    public static FeeRate of(int basisPoints, long fixedMinorUnits, CurrencyCode currency) {
        return new FeeRate(basisPoints, new Money(fixedMinorUnits, currency));
    }

    public static FeeRate fallback(CurrencyCode currency) {
        return of(FALLBACK_BASIS_POINTS, FALLBACK_FIXED_AMOUNT, currency);
    }

    public CurrencyCode currency() {
        return fixed.currency();
    }

    /**
     * The fee on an amount: {@code amount * bps / 10000} rounded half up, plus the fixed part,
     * never more than the amount (Stripe refuses an application fee above the charge) and never
     * below zero. A 0 amount (a 100 % promotion) has a 0 fee.
     */
    public Money feeFor(Money amount) {
        if (!amount.currency().equals(currency())) {
            throw new IllegalArgumentException("A " + currency() + " rate cannot price an amount in " + amount.currency());
        }
        if (amount.minorUnits() < 0) {
            throw new IllegalArgumentException("A fee is taken of a sale, not of a negative amount: " + amount);
        }
        long total = amount.minorUnits();
        long proportional = proportionalPart(total);
        // Compared before adding: proportional + fixed could pass Long.MAX_VALUE, the difference cannot.
        long fee = fixed.minorUnits() >= total - proportional ? total : proportional + fixed.minorUnits();
        return new Money(fee, currency());
    }

    // amount * bps would overflow a long for amounts above ~9 * 10^14, so the amount is split into
    // whole ten-thousands and a remainder: whole * bps <= amount, and remainder * bps < 10^8. The sum
    // is exactly floor((amount * bps + 5000) / 10000), half up, for every non-negative long.
    private long proportionalPart(long amount) {
        long wholeTenThousands = amount / MAX_BASIS_POINTS;
        long remainder = amount % MAX_BASIS_POINTS;
        return wholeTenThousands * basisPoints + (remainder * basisPoints + MAX_BASIS_POINTS / 2) / MAX_BASIS_POINTS;
    }
}
