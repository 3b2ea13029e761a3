package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CouponTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final CurrencyCode JPY = CurrencyCode.of("jpy");
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    private static Coupon percentOff(String percent) {
        return new Coupon(true, Optional.empty(), Optional.empty(), 0, Optional.of(new BigDecimal(percent)), Map.of(), false);
    }

    private static Coupon amountOff(Map<CurrencyCode, Long> amounts) {
        return new Coupon(true, Optional.empty(), Optional.empty(), 0, Optional.empty(), amounts, false);
    }

    @Test
    void aPercentageIsTakenOfTheSubtotalAndHalfAMinorUnitRoundsUp() {
        // 50 % of 1999 cents is 999.5.
        assertEquals(Optional.of(new Money(1_000, EUR)), percentOff("50").discountOn(new Money(1_999, EUR)));
    }

    @Test
    void lessThanHalfAMinorUnitRoundsDown() {
        // 12.5 % of 1003 is 125.375.
        assertEquals(Optional.of(new Money(125, EUR)), percentOff("12.5").discountOn(new Money(1_003, EUR)));
    }

    @Test
    void aPercentageWithTwoDecimalsIsTakenExactlyNotThroughAFloatingPointNumber() {
        // 34.8 % of 375 is exactly 130.5, so 131; in doubles 375 * 34.8 / 100 is 130.49999999999997, which rounds to 130.
        assertEquals(Optional.of(new Money(131, EUR)), percentOff("34.8").discountOn(new Money(375, EUR)));
    }

    @Test
    void aZeroDecimalCurrencyIsDiscountedInWholeYen() {
        // 33.33 % of 1500 yen is 499.95 yen.
        assertEquals(Optional.of(new Money(500, JPY)), percentOff("33.33").discountOn(new Money(1_500, JPY)));
    }

    @Test
    void aHundredPercentTakesTheWholeSubtotal() {
        assertEquals(Optional.of(new Money(3_600, EUR)), percentOff("100").discountOn(new Money(3_600, EUR)));
    }

    @Test
    void anAmountOffTakesThatAmountInTheOrdersCurrency() {
        assertEquals(Optional.of(new Money(500, EUR)), amountOff(Map.of(EUR, 500L)).discountOn(new Money(1_800, EUR)));
    }

    @Test
    void anAmountOffLargerThanTheSubtotalTakesOnlyTheSubtotal() {
        assertEquals(Optional.of(new Money(1_800, EUR)), amountOff(Map.of(EUR, 5_000L)).discountOn(new Money(1_800, EUR)));
    }

    @Test
    void anAmountOffInAnotherCurrencyGivesNoDiscountInThisOne() {
        assertEquals(Optional.empty(), amountOff(Map.of(EUR, 500L)).discountOn(new Money(1_800, JPY)));
    }

    @Test
    void anAmountOffUsesTheCurrencyOptionOfTheOrdersCurrency() {
        assertEquals(Optional.of(new Money(80, JPY)), amountOff(Map.of(EUR, 500L, JPY, 80L)).discountOn(new Money(1_800, JPY)));
    }

    @Test
    void aCouponIsRedeemableWhileValidBeforeItsDateAndUnderItsLimit() {
        assertTrue(new Coupon(true, Optional.of(NOW.plusSeconds(1)), Optional.of(3L), 2, Optional.of(BigDecimal.TEN), Map.of(), false)
                .isRedeemable(NOW));
    }

    @Test
    void aCouponStripeMarksInvalidIsNotRedeemable() {
        assertFalse(new Coupon(false, Optional.empty(), Optional.empty(), 0, Optional.of(BigDecimal.TEN), Map.of(), false).isRedeemable(NOW));
    }

    @Test
    void aCouponPastItsRedeemByDateIsNotRedeemableEvenIfStillMarkedValid() {
        assertFalse(new Coupon(true, Optional.of(NOW), Optional.empty(), 0, Optional.of(BigDecimal.TEN), Map.of(), false).isRedeemable(NOW));
    }

    @Test
    void aCouponRedeemedAsOftenAsItsLimitIsNotRedeemable() {
        assertFalse(new Coupon(true, Optional.empty(), Optional.of(3L), 3, Optional.of(BigDecimal.TEN), Map.of(), false).isRedeemable(NOW));
    }
}
