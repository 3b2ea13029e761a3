package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PromotionCode;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CouponCreateParams;
import com.stripe.param.PromotionCodeUpdateParams;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Promotion codes are entered at the marketplace, checked with Stripe where the session will be
 * made, and applied to the session with {@code discounts}: the buyer pays the discounted total and
 * the platform's fee is its rate applied to what was paid, on both charge types. A code that
 * cannot be used refuses the checkout before anything exists.
 */
@ExtendWith(RunningMarketplace.class)
class PromotionCodesIT {

    private static Registered direct;
    private static Registered destination;

    @BeforeAll
    static void sellers() throws Exception {
        direct = Shop.activeSeller("DIRECT");
        destination = Shop.activeSeller("DESTINATION");
        // 10 % and nothing fixed: the fee is exactly a tenth of what the buyer paid.
        Shop.feeOverride(direct, "eur", 1_000, 0);
        Shop.feeOverride(destination, "eur", 1_000, 0);
    }

    @Test
    void aHalfPriceCodeOnADirectSellerTakesTheFeeOfWhatWasPaid() throws Exception {
        long product = Shop.product(direct, 4_000, "eur", 3);
        PromotionCode code = Shop.percentOffCode(Shop.codesOf(direct, "DIRECT"), 50);

        Reply started = Shop.checkoutWithCode(product, 1, code.getCode());

        assertEquals(201, started.status(), started.body());
        assertEquals(2_000, started.json().getJsonNumber("amountTotal").longValue());
        assertEquals(2_000, started.json().getJsonNumber("amountDiscount").longValue());
        RequestOptions sellersAccount = SandboxStripe.onAccount(direct.stripeAccountId());
        Session session = Shop.stripe().client().checkout().sessions().retrieve(started.json().getString("sessionId"), sellersAccount);
        assertEquals(2_000L, session.getAmountTotal());
        assertEquals(code.getId(), session.getDiscounts().get(0).getPromotionCode());
        Shop.pay(startedOf(started));

        JsonObject order = Shop.awaitStatus(startedOf(started).orderId(), "PAID");
        assertEquals(4_000, order.getJsonNumber("amountSubtotal").longValue());
        assertEquals(2_000, order.getJsonNumber("amountDiscount").longValue());
        assertEquals(2_000, order.getJsonNumber("amountTotal").longValue());
        assertEquals(200, order.getJsonNumber("applicationFeeAmount").longValue(), "10 % of the 2000 paid, not of the 4000 subtotal");
        assertEquals(code.getId(), order.getString("promotionCodeId"));
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(order.getString("paymentIntentId"), sellersAccount);
        assertEquals(2_000L, intent.getAmount());
        assertEquals(200L, intent.getApplicationFeeAmount());
        assertEquals(2, Shop.stock(product));
    }

    @Test
    void aHalfPriceCodeOnADestinationSellerTransfersWhatWasPaidLessTheFee() throws Exception {
        long product = Shop.product(destination, 4_000, "eur", 3);
        PromotionCode code = Shop.percentOffCode(Shop.codesOf(destination, "DESTINATION"), 50);
        Started checkout = Shop.checkout(product, 1, code.getCode());
        Shop.pay(checkout);

        JsonObject order = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(2_000, order.getJsonNumber("amountTotal").longValue());
        assertEquals(200, order.getJsonNumber("applicationFeeAmount").longValue(), "10 % of the 2000 paid");
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(order.getString("paymentIntentId"));
        assertEquals(200L, intent.getApplicationFeeAmount());
        String transferId = Shop.stripe().client().charges().retrieve(intent.getLatestCharge()).getTransfer();
        Transfer transfer = Shop.stripe().client().transfers().retrieve(transferId);
        assertEquals(1_800L, transfer.getAmount(), "the seller gets what the buyer paid less the fee");
    }

    @Test
    void aDeepDiscountWhoseFixedFeeWouldExceedTheChargeTakesTheWholeChargeAndStripeAcceptsThePayment() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        Shop.feeOverride(seller, "eur", 800, 60);
        long product = Shop.product(seller, 1_000, "eur", 2);
        // 9.50 off 10.00 leaves 0.50 to pay; 8 % of 50 is 4, plus 60 fixed would be 64, more than the charge.
        PromotionCode code = Shop.promotionCode(Shop.codesOf(seller, "DIRECT"), CouponCreateParams.builder().setAmountOff(950L)
                .setCurrency("eur").setDuration(CouponCreateParams.Duration.ONCE).build(), settings -> { });
        Started checkout = Shop.checkout(product, 1, code.getCode());
        Shop.pay(checkout);

        JsonObject order = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(50, order.getJsonNumber("amountTotal").longValue());
        assertEquals(50, order.getJsonNumber("applicationFeeAmount").longValue(), "clamped to the charge");
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(order.getString("paymentIntentId"),
                SandboxStripe.onAccount(seller.stripeAccountId()));
        assertEquals("succeeded", intent.getStatus());
        assertEquals(50L, intent.getApplicationFeeAmount());
    }

    @Test
    void anUnknownCodeIsRefusedNamingItAndCreatesNothing() throws Exception {
        long product = Shop.product(direct, 4_000, "eur", 3);

        assertRefusedAndNothingCreated(product, "NOSUCHCODE42", "does not exist");
    }

    @Test
    void anExpiredCodeIsRefusedNamingItAndCreatesNothing() throws Exception {
        long product = Shop.product(direct, 4_000, "eur", 3);
        long expiresAt = Instant.now().getEpochSecond() + 2;
        PromotionCode code = Shop.promotionCode(Shop.codesOf(direct, "DIRECT"), CouponCreateParams.builder()
                .setPercentOff(java.math.BigDecimal.TEN).setDuration(CouponCreateParams.Duration.ONCE).build(),
                settings -> settings.setExpiresAt(expiresAt));
        while (Instant.now().getEpochSecond() < expiresAt) {
            Thread.sleep(200);
        }

        assertRefusedAndNothingCreated(product, code.getCode(), "has expired");
    }

    @Test
    void anInactiveCodeIsRefusedNamingItAndCreatesNothing() throws Exception {
        long product = Shop.product(destination, 4_000, "eur", 3);
        PromotionCode code = Shop.percentOffCode(Shop.codesOf(destination, "DESTINATION"), 10);
        Shop.stripe().client().promotionCodes().update(code.getId(), PromotionCodeUpdateParams.builder().setActive(false).build());

        assertRefusedAndNothingCreated(product, code.getCode(), "is no longer active");
    }

    @Test
    void aCodeUsedAsOftenAsItMayBeIsRefused() throws Exception {
        long product = Shop.product(direct, 1_000, "eur", 3);
        PromotionCode code = Shop.promotionCode(Shop.codesOf(direct, "DIRECT"), CouponCreateParams.builder()
                .setPercentOff(java.math.BigDecimal.TEN).setDuration(CouponCreateParams.Duration.ONCE).build(),
                settings -> settings.setMaxRedemptions(1L));
        Started first = Shop.checkout(product, 1, code.getCode());
        Shop.pay(first);
        Shop.awaitStatus(first.orderId(), "PAID");

        assertRefusedAndNothingCreated(product, code.getCode(), "has already been used as many times as it may be");
    }

    @Test
    void aCodeWithAMinimumTheOrderDoesNotReachIsRefusedSayingTheMinimum() throws Exception {
        long product = Shop.product(destination, 1_000, "eur", 3);
        PromotionCode code = Shop.promotionCode(Shop.codesOf(destination, "DESTINATION"), CouponCreateParams.builder()
                .setPercentOff(java.math.BigDecimal.TEN).setDuration(CouponCreateParams.Duration.ONCE).build(),
                settings -> settings.setRestrictions(com.stripe.param.PromotionCodeCreateParams.Restrictions.builder()
                        .setMinimumAmount(2_500L).setMinimumAmountCurrency("eur").build()));

        assertRefusedAndNothingCreated(product, code.getCode(), "needs a larger purchase (at least 25.00 EUR)");
        assertEquals(201, Shop.checkoutWithCode(product, 3, code.getCode()).status(), "three make 30.00, above the minimum");
    }

    @Test
    void aCodeOfAnAmountInAnotherCurrencyIsRefused() throws Exception {
        long product = Shop.product(direct, 1_000, "eur", 3);
        PromotionCode code = Shop.promotionCode(Shop.codesOf(direct, "DIRECT"), CouponCreateParams.builder().setAmountOff(500L)
                .setCurrency("usd").setDuration(CouponCreateParams.Duration.ONCE).build(), settings -> { });

        assertRefusedAndNothingCreated(product, code.getCode(), "cannot be used for a purchase in this currency");
    }

    @Test
    void aDirectSellersCodeIsNotAPlatformCode() throws Exception {
        // The same code made on the platform does not exist where a Direct seller's sessions are made.
        long product = Shop.product(direct, 1_000, "eur", 3);
        PromotionCode platformCode = Shop.percentOffCode(RequestOptions.getDefault(), 50);

        assertRefusedAndNothingCreated(product, platformCode.getCode(), "does not exist");
    }

    private static void assertRefusedAndNothingCreated(long product, String code, String why) throws Exception {
        long sessionsCreated = sessionCreations();
        long ordersBefore = ordersOf(product);

        Reply refused = Shop.checkoutWithCode(product, 1, code);

        assertEquals(400, refused.status(), refused.body());
        assertEquals("promotion_code_invalid", refused.json().getString("error"));
        assertTrue(refused.json().getString("message").contains("Promotion code " + code + " " + why), refused.body());
        assertEquals(ordersBefore, ordersOf(product), "no order row");
        assertEquals(sessionsCreated, sessionCreations(), "no session was asked of Stripe");
    }

    private static long ordersOf(long product) throws Exception {
        return Shop.longValue("SELECT COUNT(*) FROM orders WHERE product_id = ?", product);
    }

    // Tests run one at a time and the reconciler is off: no other session is created meanwhile.
    private static long sessionCreations() {
        return Shop.stripe().requests("POST", "/v1/checkout/sessions");
    }

    private static Started startedOf(Reply reply) {
        JsonObject body = reply.json();
        return new Started(body.getJsonNumber("orderId").longValue(), body.getString("sessionId"), body.getString("url"),
                body.getString("orderToken"));
    }
}
