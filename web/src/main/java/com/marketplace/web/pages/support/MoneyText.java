package com.marketplace.web.pages.support;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Amounts for people: integer minor units shown in their currency's format, with the currency's
 * own number of decimals (1500 eur is €15.00, 1500 jpy is ¥1,500).
 */
public final class MoneyText {

    private MoneyText() {
    }

    public static String format(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minorUnits, digits));
    }

    /** Minor units from what a person typed ("15", "15.5", "15.50"); empty when it is not an amount. */
    public static OptionalLong parse(String typed, String currencyCode) {
        if (typed == null || typed.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            int digits = Math.max(0, Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
            BigDecimal amount = new BigDecimal(typed.trim().replace(",", ""));
            if (amount.scale() > digits || amount.signum() < 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(amount.movePointRight(digits).longValueExact());
        } catch (ArithmeticException | IllegalArgumentException notAnAmount) {
            return OptionalLong.empty();
        }
    }
}
