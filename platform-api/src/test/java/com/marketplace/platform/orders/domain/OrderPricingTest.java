package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final CurrencyCode JPY = CurrencyCode.of("jpy");

    @Test
    void theSubtotalIsTheUnitPriceTimesTheQuantityAndTheFeeIsTakenOfTheSubtotal() {
        FeeRate rate = FeeRate.of(1_000, 30, EUR);

        OrderPricing pricing = OrderPricing.of(new Money(1_999, EUR), 3, rate);

        assertEquals(new Money(1_999, EUR), pricing.unitPrice());
        assertEquals(3, pricing.quantity());
        assertEquals(new Money(5_997, EUR), pricing.subtotal());
        assertEquals(rate, pricing.rate());
        // 10 % of 5997 is 599.7, rounded half up to 600, plus the fixed 30.
        assertEquals(new Money(630, EUR), pricing.fee());
        assertEquals(rate.feeFor(pricing.subtotal()), pricing.fee());
    }

    @Test
    void aZeroDecimalCurrencyIsPricedInWholeYen() {
        OrderPricing pricing = OrderPricing.of(new Money(1_500, JPY), 1, FeeRate.of(360, 0, JPY));

        assertEquals(new Money(1_500, JPY), pricing.subtotal());
        assertEquals(new Money(54, JPY), pricing.fee());
    }

    @Test
    void exactlyHalfAMinorUnitOfFeeRoundsUp() {
        // 10 % of 5 cents is 0.5 cent.
        assertEquals(new Money(1, EUR), OrderPricing.of(new Money(5, EUR), 1, FeeRate.of(1_000, 0, EUR)).fee());
    }

    @Test
    void theFeeIsTakenOfTheWholeSubtotalNotRoundedPerItem() {
        // Per item: 10 % of 5 = 0.5 -> 1, times 3 = 3. Of the subtotal: 10 % of 15 = 1.5 -> 2.
        assertEquals(new Money(2, EUR), OrderPricing.of(new Money(5, EUR), 3, FeeRate.of(1_000, 0, EUR)).fee());
    }

    @Test
    void aFixedPartLargerThanTheSubtotalIsClampedToTheSubtotal() {
        OrderPricing pricing = OrderPricing.of(new Money(20, EUR), 1, FeeRate.of(500, 30, EUR));

        assertEquals(new Money(20, EUR), pricing.fee());
    }

    @Test
    void anOrderOfNoItemsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrderPricing.of(new Money(1_999, EUR), 0, FeeRate.of(1_000, 30, EUR)));
    }

    @Test
    void anOrderOfANegativeQuantityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrderPricing.of(new Money(1_999, EUR), -1, FeeRate.of(1_000, 30, EUR)));
    }

    @Test
    void aFeeRateInAnotherCurrencyThanThePriceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrderPricing.of(new Money(1_999, EUR), 1, FeeRate.of(1_000, 0, JPY)));
    }

    @Test
    void aLaterFeeRateDoesNotChangeAPricingAlreadyComputed() {
        Money unitPrice = new Money(1_999, EUR);
        FeeRate before = FeeRate.of(1_000, 30, EUR);
        OrderPricing frozen = OrderPricing.of(unitPrice, 3, before);

        OrderPricing later = OrderPricing.of(unitPrice, 3, FeeRate.of(2_000, 50, EUR));

        assertEquals(new Money(1_249, EUR), later.fee()); // 1199.4 -> 1199, + 50
        assertEquals(new Money(630, EUR), frozen.fee());
        assertEquals(before, frozen.rate());
    }

    @Test
    void theFeeIsTakenOfWhatTheBuyerPaysAfterTheDiscount() {
        // 50 % off 4000: the buyer pays 2000, and 10 % of that is the fee, not 10 % of 4000.
        OrderPricing pricing = OrderPricing.of(new Money(4_000, EUR), 1, FeeRate.of(1_000, 0, EUR),
                Optional.of(new Discount("promo_half", new Money(2_000, EUR))));

        assertEquals(new Money(4_000, EUR), pricing.subtotal());
        assertEquals(new Money(2_000, EUR), pricing.discountAmount());
        assertEquals(new Money(2_000, EUR), pricing.total());
        assertEquals(new Money(200, EUR), pricing.fee());
    }

    @Test
    void aFixedFeeLargerThanTheDiscountedChargeIsClampedToTheCharge() {
        // 95 % off 1000 leaves 50 to pay; 8 % of 50 is 4, plus a fixed 60 would be 64 > 50.
        OrderPricing pricing = OrderPricing.of(new Money(1_000, EUR), 1, FeeRate.of(800, 60, EUR),
                Optional.of(new Discount("promo_deep", new Money(950, EUR))));

        assertEquals(new Money(50, EUR), pricing.total());
        assertEquals(new Money(50, EUR), pricing.fee());
    }

    @Test
    void aFullDiscountLeavesNothingToPayAndNoFee() {
        OrderPricing pricing = OrderPricing.of(new Money(1_800, EUR), 2, FeeRate.of(800, 30, EUR),
                Optional.of(new Discount("promo_free", new Money(3_600, EUR))));

        assertEquals(new Money(0, EUR), pricing.total());
        assertEquals(new Money(0, EUR), pricing.fee());
    }

    @Test
    void aDiscountedZeroDecimalOrderIsFeedInWholeYen() {
        // 1500 yen less 500 off is 1000; 3.6 % of 1000 is 36, plus 10 yen.
        OrderPricing pricing = OrderPricing.of(new Money(1_500, JPY), 1, FeeRate.of(360, 10, JPY),
                Optional.of(new Discount("promo_yen", new Money(500, JPY))));

        assertEquals(new Money(1_000, JPY), pricing.total());
        assertEquals(new Money(46, JPY), pricing.fee());
    }

    @Test
    void aDiscountLargerThanTheSubtotalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrderPricing.of(new Money(1_000, EUR), 1, FeeRate.of(800, 0, EUR),
                Optional.of(new Discount("promo_more", new Money(1_001, EUR)))));
    }

    @Test
    void aDiscountInAnotherCurrencyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OrderPricing(new Money(1_000, EUR), 1, new Money(1_000, EUR),
                Optional.of(new Discount("promo_yen", new Money(10, JPY))), FeeRate.of(800, 0, EUR), new Money(80, EUR)));
    }
}
