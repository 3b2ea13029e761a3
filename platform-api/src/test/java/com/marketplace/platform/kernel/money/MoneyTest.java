package com.marketplace.platform.kernel.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void currenciesAreLowercaseIsoCodesAsStripeWritesThem() {
        assertEquals("eur", Money.of(1500, "EUR").currency().value());
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CurrencyCode.of("xyz1"));
        assertThrows(IllegalArgumentException.class, () -> CurrencyCode.of("abc"));
    }

    @Test
    void zeroDecimalCurrenciesHaveNoMinorDigits() {
        assertEquals(0, CurrencyCode.of("jpy").minorUnitDigits());
        assertEquals(2, CurrencyCode.of("usd").minorUnitDigits());
    }

    @Test
    void multiplyingByAQuantityStaysInIntegerMinorUnits() {
        assertEquals(Money.of(4500, "eur"), Money.of(1500, "eur").times(3));
    }

    @Test
    void anOverflowingTotalIsRefusedRatherThanWrapped() {
        assertThrows(ArithmeticException.class, () -> Money.of(Long.MAX_VALUE / 2, "eur").times(3));
    }
}
