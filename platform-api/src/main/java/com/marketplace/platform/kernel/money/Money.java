package com.marketplace.platform.kernel.money;

import java.util.Objects;

/**
 * An amount of money in integer minor units (cents, or yen for zero-decimal currencies). Never a
 * floating-point number: Stripe takes integers, and so does every sum the platform computes.
 */
public record Money(long minorUnits, CurrencyCode currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, CurrencyCode.of(currency));
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(minorUnits, quantity), currency);
    }

    @Override
    public String toString() {
        return minorUnits + " " + currency;
    }
}
