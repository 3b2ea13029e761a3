package com.marketplace.sandbox.billing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** An amount as Stripe writes it in descriptions: "20.00 EUR" (the currency's own decimals). */
public final class Money {

    private Money() {
    }

    public static String format(long minorUnits, String currency) {
        int digits = Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
        return BigDecimal.valueOf(minorUnits, Math.max(0, digits)).toPlainString() + " " + currency.toUpperCase(Locale.ROOT);
    }
}
