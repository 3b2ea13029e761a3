package com.marketplace.platform.kernel.money;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * A lowercase ISO 4217 currency code as Stripe writes it ({@code eur}, {@code jpy}). Knows how
 * many decimal places its minor unit has, so JPY amounts are yen and EUR amounts are cents.
 */
public record CurrencyCode(String value) {

    public CurrencyCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[a-z]{3}")) {
            throw new IllegalArgumentException("A currency is three lowercase letters (ISO 4217), got '" + value + "'");
        }
        try {
            Currency.getInstance(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency '" + value + "'", e);
        }
    }

    public static CurrencyCode of(String value) {
        return new CurrencyCode(value == null ? null : value.trim().toLowerCase(Locale.ROOT));
    }

    /** Digits after the decimal point in a display amount: 2 for eur, 0 for jpy. */
    public int minorUnitDigits() {
        return Math.max(0, Currency.getInstance(value.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return value;
    }
}
