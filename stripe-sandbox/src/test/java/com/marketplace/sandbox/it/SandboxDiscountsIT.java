package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Coupon;
import com.stripe.model.LineItem;
import com.stripe.model.PromotionCode;
import com.stripe.model.StripeCollection;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CouponCreateParams;
import com.stripe.param.PromotionCodeCreateParams;
import com.stripe.param.PromotionCodeListParams;
import com.stripe.param.PromotionCodeUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox's promotion codes, as the platform uses them: listed by code in Stripe's list shape
 * with their coupon expanded, applied at session creation with {@code discounts} with Stripe's
 * totals, and refused as Stripe refuses them (inactive, expired, used up, another currency, under
 * the minimum, another account's).
 */
@ExtendWith(RunningSandbox.class)
class SandboxDiscountsIT {

    private static SandboxStripe stripe;
    private static SandboxScenarios scenarios;
    private static String seller;

    @BeforeAll
    static void connect() throws Exception {
        stripe = RunningSandbox.stripe();
        scenarios = new SandboxScenarios(stripe);
        seller = scenarios.activeAccount("discounts@seller.test");
    }

    @Test
    void aSessionCreatedWithAPromotionCodeAsksTheSubtotalLessTheDiscountRoundedHalfUp() throws Exception {
        PromotionCode code = code(RequestOptions.getDefault(), percentOff("50"), settings -> { });

        // 50 % of 1999 is 999.5: 1000 off, 999 to pay.
        Session session = stripe.client().checkout().sessions().create(scenarios.sessionFor(1999, "eur", 1)
                .addDiscount(SessionCreateParams.Discount.builder().setPromotionCode(code.getId()).build()).build());

        assertEquals(1999L, session.getAmountSubtotal());
        assertEquals(999L, session.getAmountTotal());
        assertEquals(1000L, session.getTotalDetails().getAmountDiscount());
        assertEquals(code.getId(), session.getDiscounts().get(0).getPromotionCode());
        StripeCollection<LineItem> items = stripe.client().checkout().sessions().lineItems().list(session.getId());
        assertEquals(1000L, items.getData().get(0).getAmountDiscount());
        assertEquals(999L, items.getData().get(0).getAmountTotal());
    }

    @Test
    void aPercentageOfAZeroDecimalCurrencyIsTakenInWholeUnits() throws Exception {
        PromotionCode code = code(RequestOptions.getDefault(), percentOff("33.33"), settings -> { });

        Session session = stripe.client().checkout().sessions().create(scenarios.sessionFor(1500, "jpy", 1)
                .addDiscount(SessionCreateParams.Discount.builder().setPromotionCode(code.getId()).build()).build());

        assertEquals(1000L, session.getAmountTotal(), "33.33 % of 1500 yen is 499.95 yen: 500 off");
    }

    @Test
    void promotionCodesAreListedByCodeIgnoringCaseInStripesListShapeWithTheirCouponExpanded() throws Exception {
        PromotionCode code = code(SandboxStripe.onAccount(seller), percentOff("12.5"), settings -> { });

        SandboxStripe.Raw raw = stripe.getRaw("/v1/promotion_codes?code=" + code.getCode().toLowerCase()
                + "&expand[]=data.promotion.coupon", seller);

        assertEquals(200, raw.status(), raw.body());
        JsonObject list = Json.createReader(new StringReader(raw.body())).readObject();
        assertEquals("list", list.getString("object"));
        assertEquals("/v1/promotion_codes", list.getString("url"));
        assertEquals(false, list.getBoolean("has_more"));
        assertEquals(1, list.getJsonArray("data").size());
        JsonObject found = list.getJsonArray("data").getJsonObject(0);
        assertEquals(code.getId(), found.getString("id"));
        assertEquals(12.5, found.getJsonObject("promotion").getJsonObject("coupon").getJsonNumber("percent_off").doubleValue());
        PromotionCode typed = stripe.client().promotionCodes().list(PromotionCodeListParams.builder().setCode(code.getCode())
                .addExpand("data.promotion.coupon").build(), SandboxStripe.onAccount(seller)).getData().get(0);
        assertEquals(new BigDecimal("12.5"), typed.getPromotion().getCouponObject().getPercentOff().stripTrailingZeros());
        assertTrue(stripe.client().promotionCodes().list(PromotionCodeListParams.builder().setCode(code.getCode()).build())
                .getData().isEmpty(), "the seller's code is not the platform's");
    }

    @Test
    void anInactivePromotionCodeIsRefused() throws Exception {
        PromotionCode code = code(RequestOptions.getDefault(), percentOff("10"), settings -> { });
        stripe.client().promotionCodes().update(code.getId(), PromotionCodeUpdateParams.builder().setActive(false).build());

        assertRefused(code, 1000, "eur", RequestOptions.getDefault(), "inactive");
    }

    @Test
    void anExpiredPromotionCodeIsRefused() throws Exception {
        long expiresAt = Instant.now().getEpochSecond() + 2;
        PromotionCode code = code(RequestOptions.getDefault(), percentOff("10"), settings -> settings.setExpiresAt(expiresAt));
        while (Instant.now().getEpochSecond() <= expiresAt) {
            Thread.sleep(200);
        }

        assertRefused(code, 1000, "eur", RequestOptions.getDefault(), "expired");
    }

    @Test
    void aPromotionCodeRedeemedUpToItsLimitIsRefused() throws Exception {
        PromotionCode code = code(RequestOptions.getDefault(), percentOff("10"), settings -> settings.setMaxRedemptions(1L));
        Session first = stripe.client().checkout().sessions().create(scenarios.sessionFor(1000, "eur", 1)
                .addDiscount(SessionCreateParams.Discount.builder().setPromotionCode(code.getId()).build()).build());
        assertEquals(303, scenarios.payOnHostedPage(first, "4242 4242 4242 4242").status());

        assertRefused(code, 1000, "eur", RequestOptions.getDefault(), "maximum number of redemptions");
    }

    @Test
    void anAmountOffInAnotherCurrencyIsRefused() throws Exception {
        PromotionCode code = code(RequestOptions.getDefault(), CouponCreateParams.builder().setAmountOff(500L).setCurrency("usd")
                .setDuration(CouponCreateParams.Duration.ONCE).build(), settings -> { });

        assertRefused(code, 1000, "eur", RequestOptions.getDefault(), "eur");
    }

    @Test
    void aSubtotalUnderTheCodesMinimumIsRefusedAndOneAtItIsNot() throws Exception {
        PromotionCode code = code(RequestOptions.getDefault(), percentOff("10"), settings -> settings.setRestrictions(
                PromotionCodeCreateParams.Restrictions.builder().setMinimumAmount(2000L).setMinimumAmountCurrency("eur").build()));

        assertRefused(code, 1999, "eur", RequestOptions.getDefault(), "minimum");
        Session atMinimum = stripe.client().checkout().sessions().create(scenarios.sessionFor(1000, "eur", 2)
                .addDiscount(SessionCreateParams.Discount.builder().setPromotionCode(code.getId()).build()).build());
        assertEquals(1800L, atMinimum.getAmountTotal());
    }

    @Test
    void aConnectedAccountsSessionCannotUseAPlatformPromotionCode() throws Exception {
        PromotionCode platformCode = code(RequestOptions.getDefault(), percentOff("10"), settings -> { });

        assertRefused(platformCode, 1000, "eur", SandboxStripe.onAccount(seller), "No such promotion code");
    }

    @Test
    void anApplicationFeeAboveTheDiscountedTotalIsRefused() throws Exception {
        PromotionCode code = code(SandboxStripe.onAccount(seller), percentOff("90"), settings -> { });

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().checkout().sessions()
                .create(scenarios.sessionFor(1000, "eur", 1)
                        .addDiscount(SessionCreateParams.Discount.builder().setPromotionCode(code.getId()).build())
                        .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().setApplicationFeeAmount(101L).build())
                        .build(), SandboxStripe.onAccount(seller)));

        assertEquals("payment_intent_data[application_fee_amount]", refused.getStripeError().getParam());
    }

    private static void assertRefused(PromotionCode code, long unitAmount, String currency, RequestOptions scope, String words) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().checkout().sessions()
                .create(scenarios.sessionFor(unitAmount, currency, 1)
                        .addDiscount(SessionCreateParams.Discount.builder().setPromotionCode(code.getId()).build()).build(), scope));
        assertEquals(400, refused.getStatusCode());
        assertEquals("discounts[0][promotion_code]", refused.getStripeError().getParam());
        assertTrue(refused.getStripeError().getMessage().contains(words), refused.getStripeError().getMessage());
    }

    private static CouponCreateParams percentOff(String percent) {
        return CouponCreateParams.builder().setPercentOff(new BigDecimal(percent)).setDuration(CouponCreateParams.Duration.ONCE).build();
    }

    private static PromotionCode code(RequestOptions scope, CouponCreateParams couponParams,
                                      Consumer<PromotionCodeCreateParams.Builder> settings) throws StripeException {
        Coupon coupon = stripe.client().coupons().create(couponParams, scope);
        PromotionCodeCreateParams.Builder params = PromotionCodeCreateParams.builder()
                .setPromotion(PromotionCodeCreateParams.Promotion.builder().setType(PromotionCodeCreateParams.Promotion.Type.COUPON)
                        .setCoupon(coupon.getId()).build())
                .setCode("SBX" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase());
        settings.accept(params);
        return stripe.client().promotionCodes().create(params.build(), scope);
    }
}
