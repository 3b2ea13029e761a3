package com.marketplace.platform.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FeeRateTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final CurrencyCode JPY = CurrencyCode.of("jpy");

    private static long fee(int basisPoints, long fixed, long amount) {
        return FeeRate.of(basisPoints, fixed, EUR).feeFor(new Money(amount, EUR)).minorUnits();
    }

    @Test
    void theFeeIsBasisPointsOfTheAmountPlusTheFixedPart() {
        assertEquals(250 + 30, fee(250, 30, 10_000));
    }

    @Test
    void exactlyHalfAMinorUnitRoundsUp() {
        assertEquals(1, fee(1_000, 0, 5));   // 0.5
        assertEquals(3, fee(1_000, 0, 25));  // 2.5: half-even would give 2
    }

    @Test
    void lessThanHalfAMinorUnitRoundsDown() {
        assertEquals(0, fee(1_000, 0, 4));   // 0.4
        assertEquals(2, fee(1_000, 0, 24));  // 2.4
    }

    @Test
    void aFixedPartLargerThanTheAmountIsClampedToTheAmount() {
        assertEquals(20, fee(500, 30, 20));
    }

    @Test
    void aZeroAmountHasAZeroFeeWhateverTheFixedPart() {
        assertEquals(0, fee(1_000, 30, 0));
    }

    @Test
    void aZeroDecimalCurrencysFixedPartIsInWholeYen() {
        FeeRate rate = FeeRate.of(360, 50, JPY);

        assertEquals(new Money(36 + 50, JPY), rate.feeFor(new Money(1_000, JPY)));
    }

    @Test
    void aZeroDecimalCurrencyRoundsHalfAYenUp() {
        assertEquals(new Money(2, JPY), FeeRate.of(1_000, 0, JPY).feeFor(new Money(15, JPY)));
    }

    @Test
    void zeroBasisPointsLeavesOnlyTheFixedPart() {
        assertEquals(30, fee(0, 30, 99_999));
    }

    @Test
    void tenThousandBasisPointsTakesTheWholeAmountAndNoMore() {
        assertEquals(12_345, fee(10_000, 0, 12_345));
        assertEquals(12_345, fee(10_000, 30, 12_345));
    }

    @Test
    void theLargestStripeChargeAtTheFullRateDoesNotOverflow() {
        assertEquals(99_999_999, fee(10_000, 0, 99_999_999));
        assertEquals(99_999_999, fee(10_000, Long.MAX_VALUE, 99_999_999));
    }

    @Test
    void anyLongAmountIsRoundedExactlyAsArbitraryPrecisionWould() {
        long amount = Long.MAX_VALUE - 3;
        long expected = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(9_999)).add(BigInteger.valueOf(5_000))
                .divide(BigInteger.valueOf(10_000)).longValueExact();

        assertEquals(expected, fee(9_999, 0, amount));
        assertEquals(amount, fee(9_999, Long.MAX_VALUE, amount));
    }

    @Test
    void basisPointsOutside0To10000AreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeeRate.of(-1, 0, EUR));
        assertThrows(IllegalArgumentException.class, () -> FeeRate.of(10_001, 0, EUR));
    }

    @Test
    void aNegativeFixedPartIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeeRate.of(100, -1, EUR));
    }

    @Test
    void anAmountInAnotherCurrencyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeeRate.of(100, 0, EUR).feeFor(new Money(100, JPY)));
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> fee(100, 0, -1));
    }

    @Test
    void theFallbackIsTenPercentWithNoFixedPart() {
        assertEquals(FeeRate.of(1_000, 0, EUR), FeeRate.fallback(EUR));
    }
}
