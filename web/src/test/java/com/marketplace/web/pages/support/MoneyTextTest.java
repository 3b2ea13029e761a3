package com.marketplace.web.pages.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MoneyTextTest {

    @Test
    void twoDecimalCurrenciesShowCents() {
        assertEquals("€15.00", MoneyText.format(1500, "eur"));
        assertEquals("$12.34", MoneyText.format(1234, "usd"));
    }

    @Test
    void zeroDecimalCurrenciesShowWholeUnits() {
        assertEquals("¥1,500", MoneyText.format(1500, "jpy"));
    }

    @Test
    void typedAmountsBecomeMinorUnitsInTheCurrencysScale() {
        assertEquals(OptionalLong.of(1500), MoneyText.parse("15", "eur"));
        assertEquals(OptionalLong.of(1550), MoneyText.parse("15.5", "eur"));
        assertEquals(OptionalLong.of(123456), MoneyText.parse("1,234.56", "usd"));
        assertEquals(OptionalLong.of(1500), MoneyText.parse("1500", "jpy"));
    }

    @Test
    void whatIsNotAnAmountIsRefused() {
        assertEquals(OptionalLong.empty(), MoneyText.parse("abc", "eur"));
        assertEquals(OptionalLong.empty(), MoneyText.parse("-1", "eur"));
        assertEquals(OptionalLong.empty(), MoneyText.parse("1.234", "eur"));
        assertEquals(OptionalLong.empty(), MoneyText.parse("1.5", "jpy"));
        assertEquals(OptionalLong.empty(), MoneyText.parse(" ", "eur"));
    }
}
