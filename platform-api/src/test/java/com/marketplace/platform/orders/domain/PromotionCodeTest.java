package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.PromotionCodeRejected.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromotionCodeTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final CurrencyCode USD = CurrencyCode.of("usd");
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    private static final Money SUBTOTAL = new Money(4_000, EUR);
    private static final Coupon HALF_OFF = new Coupon(true, Optional.empty(), Optional.empty(), 0, Optional.of(BigDecimal.valueOf(50)),
            Map.of(), false);

    private static PromotionCode code(boolean active, Optional<Instant> expiresAt, Optional<Long> maxRedemptions, long timesRedeemed,
                                      Map<CurrencyCode, Long> minimums, Optional<Coupon> coupon) {
        return new PromotionCode("promo_1", "HALF", active, expiresAt, maxRedemptions, timesRedeemed, false, minimums, coupon);
    }

    private static PromotionCode usable() {
        return code(true, Optional.empty(), Optional.empty(), 0, Map.of(), Optional.of(HALF_OFF));
    }

    private static Reason reasonOf(PromotionCode code) {
        return assertThrows(PromotionCodeRejected.class, () -> code.discountOn(SUBTOTAL, NOW)).reason();
    }

    @Test
    void aUsableCodeGivesItsCouponsDiscountUnderItsOwnId() {
        assertEquals(new Discount("promo_1", new Money(2_000, EUR)), usable().discountOn(SUBTOTAL, NOW));
    }

    @Test
    void anInactiveCodeIsRefused() {
        assertEquals(Reason.INACTIVE, reasonOf(code(false, Optional.empty(), Optional.empty(), 0, Map.of(), Optional.of(HALF_OFF))));
    }

    @Test
    void aCodePastItsExpiryIsRefused() {
        assertEquals(Reason.EXPIRED, reasonOf(code(true, Optional.of(NOW), Optional.empty(), 0, Map.of(), Optional.of(HALF_OFF))));
    }

    @Test
    void aCodeBeforeItsExpiryIsAccepted() {
        assertEquals(new Money(2_000, EUR), code(true, Optional.of(NOW.plusSeconds(1)), Optional.empty(), 0, Map.of(), Optional.of(HALF_OFF))
                .discountOn(SUBTOTAL, NOW).amount());
    }

    @Test
    void aCodeRedeemedAsOftenAsItsLimitIsRefused() {
        assertEquals(Reason.USED_UP, reasonOf(code(true, Optional.empty(), Optional.of(5L), 5, Map.of(), Optional.of(HALF_OFF))));
    }

    @Test
    void aCodeForOneCustomerIsRefused() {
        PromotionCode forOne = new PromotionCode("promo_1", "HALF", true, Optional.empty(), Optional.empty(), 0, true, Map.of(),
                Optional.of(HALF_OFF));

        assertEquals(Reason.FOR_ANOTHER_CUSTOMER, reasonOf(forOne));
    }

    @Test
    void aCodeWhoseCouponIsNoLongerValidIsRefused() {
        Coupon spent = new Coupon(false, Optional.empty(), Optional.empty(), 0, Optional.of(BigDecimal.TEN), Map.of(), false);

        assertEquals(Reason.COUPON_NOT_VALID, reasonOf(code(true, Optional.empty(), Optional.empty(), 0, Map.of(), Optional.of(spent))));
    }

    @Test
    void aCodeWithoutACouponIsRefused() {
        assertEquals(Reason.COUPON_NOT_VALID, reasonOf(code(true, Optional.empty(), Optional.empty(), 0, Map.of(), Optional.empty())));
    }

    @Test
    void aCouponLimitedToProductsIsRefused() {
        Coupon forSomeProducts = new Coupon(true, Optional.empty(), Optional.empty(), 0, Optional.of(BigDecimal.TEN), Map.of(), true);

        assertEquals(Reason.NOT_FOR_THIS_PRODUCT,
                reasonOf(code(true, Optional.empty(), Optional.empty(), 0, Map.of(), Optional.of(forSomeProducts))));
    }

    @Test
    void anAmountOffInAnotherCurrencyIsRefused() {
        Coupon dollars = new Coupon(true, Optional.empty(), Optional.empty(), 0, Optional.empty(), Map.of(USD, 500L), false);

        assertEquals(Reason.NOT_IN_THIS_CURRENCY, reasonOf(code(true, Optional.empty(), Optional.empty(), 0, Map.of(), Optional.of(dollars))));
    }

    @Test
    void aSubtotalBelowTheMinimumIsRefusedNamingTheMinimum() {
        PromotionCodeRejected rejected = assertThrows(PromotionCodeRejected.class,
                () -> code(true, Optional.empty(), Optional.empty(), 0, Map.of(EUR, 4_001L), Optional.of(HALF_OFF)).discountOn(SUBTOTAL, NOW));

        assertEquals(Reason.BELOW_MINIMUM, rejected.reason());
        assertEquals("Promotion code HALF needs a larger purchase (at least 40.01 EUR).", rejected.getMessage());
    }

    @Test
    void theMinimumIsComparedWithTheSubtotalBeforeTheDiscount() {
        assertEquals(new Money(2_000, EUR), code(true, Optional.empty(), Optional.empty(), 0, Map.of(EUR, 4_000L), Optional.of(HALF_OFF))
                .discountOn(SUBTOTAL, NOW).amount());
    }

    @Test
    void aMinimumSetOnlyInAnotherCurrencyRefusesTheCode() {
        assertEquals(Reason.NOT_IN_THIS_CURRENCY,
                reasonOf(code(true, Optional.empty(), Optional.empty(), 0, Map.of(USD, 100L), Optional.of(HALF_OFF))));
    }

    @Test
    void theRefusalNamesTheCodeAndSaysWhy() {
        PromotionCodeRejected rejected = assertThrows(PromotionCodeRejected.class,
                () -> code(false, Optional.empty(), Optional.empty(), 0, Map.of(), Optional.of(HALF_OFF)).discountOn(SUBTOTAL, NOW));

        assertEquals("Promotion code HALF is no longer active.", rejected.getMessage());
    }

    @Test
    void theEnteredCodeIsTheActiveOneAmongItsNamesakesWhateverTheCase() {
        PromotionCode retired = new PromotionCode("promo_old", "HALF", false, Optional.empty(), Optional.empty(), 0, false, Map.of(),
                Optional.of(HALF_OFF));
        PromotionCode current = new PromotionCode("promo_new", "HALF", true, Optional.empty(), Optional.empty(), 0, false, Map.of(),
                Optional.of(HALF_OFF));

        assertEquals("promo_new", PromotionCode.entered("half", List.of(retired, current)).id());
    }

    @Test
    void anEnteredCodeWithOnlyAnInactiveNamesakeIsThatOneSoItsRefusalSaysInactive() {
        PromotionCode retired = code(false, Optional.empty(), Optional.empty(), 0, Map.of(), Optional.of(HALF_OFF));

        assertEquals(Reason.INACTIVE, reasonOf(PromotionCode.entered("HALF", List.of(retired))));
    }

    @Test
    void anEnteredCodeStripeDoesNotHaveIsUnknownNamingWhatWasTyped() {
        PromotionCodeRejected rejected = assertThrows(PromotionCodeRejected.class, () -> PromotionCode.entered("NOPE", List.of()));

        assertEquals(Reason.UNKNOWN, rejected.reason());
        assertTrue(rejected.getMessage().contains("NOPE"), rejected.getMessage());
    }
}
