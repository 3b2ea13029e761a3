package com.marketplace.platform.kpis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void aRateIsAFractionWithFourDecimals() {
        assertEquals(Optional.of(new BigDecimal("0.7500")), Rate.of(3, 4));
    }

    @Test
    void aRateIsRoundedHalfUp() {
        assertEquals(Optional.of(new BigDecimal("0.6667")), Rate.of(2, 3));
        assertEquals(Optional.of(new BigDecimal("0.0001")), Rate.of(1, 20_000));
    }

    @Test
    void aRateOfNothingIsEmptyNotZero() {
        assertEquals(Optional.empty(), Rate.of(0, 0));
    }

    @Test
    void noneOfSomethingIsZero() {
        assertEquals(Optional.of(new BigDecimal("0.0000")), Rate.of(0, 5));
    }

    @Test
    void allOfSomethingIsOne() {
        assertEquals(Optional.of(new BigDecimal("1.0000")), Rate.of(5, 5));
    }

    @Test
    void aDisputeRateOfThreeQuartersOfAPercentIsExact() {
        assertEquals(Optional.of(new BigDecimal("0.0075")), Rate.of(3, 400));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Rate.of(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(1, -4));
    }
}
