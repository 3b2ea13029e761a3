package com.marketplace.web.pages.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

class FeeRateFormTest {

    @Test
    void aPercentageWithDecimalsBecomesBasisPointsAndTheFixedAmountMinorUnits() {
        assertEquals(FeeRate.of(290, 30, CurrencyCode.of("eur")), FeeRateForm.parse("eur", "2.9", "0.30"));
    }

    @Test
    void aZeroDecimalCurrencysFixedAmountIsWholeUnits() {
        assertEquals(FeeRate.of(350, 30, CurrencyCode.of("jpy")), FeeRateForm.parse("JPY", "3.5 %", "30"));
    }

    @Test
    void zeroAndAHundredPercentAreTheBounds() {
        assertEquals(0, FeeRateForm.basisPoints("0"));
        assertEquals(10_000, FeeRateForm.basisPoints("100"));
        assertEquals(-1, FeeRateForm.basisPoints("100.01"));
        assertEquals(-1, FeeRateForm.basisPoints("-1"));
    }

    @Test
    void aPercentageFinerThanABasisPointOrNotANumberIsRefused() {
        assertEquals(-1, FeeRateForm.basisPoints("2.915"));
        assertEquals(-1, FeeRateForm.basisPoints("abc"));
        assertEquals(-1, FeeRateForm.basisPoints(""));
        assertEquals(291, FeeRateForm.basisPoints("2.910"));
    }

    @Test
    void everyProblemIsNamedInOneValidationFailure() {
        ApiException refused = assertThrows(ApiException.class, () -> FeeRateForm.parse("eur", "abc", "-1"));

        assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
        assertTrue(refused.getMessage().contains("Percentage"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Fixed amount"), refused.getMessage());
    }

    @Test
    void anUnsupportedCurrencyIsRefused() {
        ApiException refused = assertThrows(ApiException.class, () -> FeeRateForm.parse("xyz", "2", "0"));

        assertTrue(refused.getMessage().startsWith("Currency must be one of"), refused.getMessage());
    }

    @Test
    void centsOnAYenAmountAreRefused() {
        ApiException refused = assertThrows(ApiException.class, () -> FeeRateForm.parse("jpy", "2", "0.5"));

        assertTrue(refused.getMessage().contains("without decimals"), refused.getMessage());
    }

    @Test
    void aRateIsDescribedAsPercentagePlusFixedAmount() {
        assertEquals("2.9 % + €0.30", FeeRateForm.describe(FeeRate.of(290, 30, CurrencyCode.of("eur"))));
        assertEquals("10 %", FeeRateForm.describe(FeeRate.of(1000, 0, CurrencyCode.of("eur"))));
    }
}
