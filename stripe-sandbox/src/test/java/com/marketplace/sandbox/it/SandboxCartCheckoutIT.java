package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Coupon;
import com.stripe.model.LineItem;
import com.stripe.model.Price;
import com.stripe.model.Product;
import com.stripe.model.PromotionCode;
import com.stripe.model.checkout.Session;
import com.stripe.param.CouponCreateParams;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.PromotionCodeCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionLineItemListParams;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A cart's Checkout Session: several lines in one currency, totals as Stripe computes them, every line listed and shown. */
@ExtendWith(RunningSandbox.class)
class SandboxCartCheckoutIT {

    private static SandboxStripe stripe;
    private static SandboxScenarios scenarios;

    @BeforeAll
    static void connect() {
        stripe = RunningSandbox.stripe();
        scenarios = new SandboxScenarios(stripe);
    }

    @Test
    void aSessionsSubtotalAndTotalAreTheSumOfItsLinesEachListedInOrder() throws Exception {
        Price poster = posterPrice(1250);

        Session session = stripe.client().checkout().sessions().create(cart()
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(poster.getId()).setQuantity(3L).build()).build());
        List<LineItem> items = stripe.client().checkout().sessions().lineItems().list(session.getId()).getData();

        assertEquals(2 * 1500 + 2500 + 3 * 1250L, session.getAmountSubtotal());
        assertEquals(session.getAmountSubtotal(), session.getAmountTotal());
        assertEquals(List.of("Mug", "Teapot", "Poster"), items.stream().map(LineItem::getDescription).toList());
        assertEquals(List.of(2L, 1L, 3L), items.stream().map(LineItem::getQuantity).toList());
        assertEquals(List.of(3000L, 2500L, 3750L), items.stream().map(LineItem::getAmountSubtotal).toList());
        assertEquals(List.of(3000L, 2500L, 3750L), items.stream().map(LineItem::getAmountTotal).toList());
        assertEquals(List.of(1500L, 2500L, 1250L), items.stream().map(item -> item.getPrice().getUnitAmount()).toList());
        assertEquals(poster.getId(), items.get(2).getPrice().getId());
    }

    @Test
    void lineItemsArePagedWithLimitAndStartingAfter() throws Exception {
        Session session = stripe.client().checkout().sessions().create(cart().build());

        var first = stripe.client().checkout().sessions().lineItems().list(session.getId(),
                SessionLineItemListParams.builder().setLimit(1L).build());
        var second = stripe.client().checkout().sessions().lineItems().list(session.getId(),
                SessionLineItemListParams.builder().setLimit(1L).setStartingAfter(first.getData().get(0).getId()).build());

        assertEquals("Mug", first.getData().get(0).getDescription());
        assertTrue(first.getHasMore());
        assertEquals("Teapot", second.getData().get(0).getDescription());
        assertFalse(second.getHasMore());
    }

    @Test
    void aDiscountAppliesToTheTotalAndIsSharedBetweenTheLines() throws Exception {
        Coupon coupon = stripe.client().coupons().create(CouponCreateParams.builder().setAmountOff(1100L).setCurrency("eur")
                .setDuration(CouponCreateParams.Duration.ONCE).build());
        PromotionCode code = stripe.client().promotionCodes().create(PromotionCodeCreateParams.builder()
                .setPromotion(PromotionCodeCreateParams.Promotion.builder().setType(PromotionCodeCreateParams.Promotion.Type.COUPON)
                        .setCoupon(coupon.getId()).build()).build());

        Session session = stripe.client().checkout().sessions().create(cart()
                .addDiscount(SessionCreateParams.Discount.builder().setPromotionCode(code.getId()).build()).build());
        List<LineItem> items = stripe.client().checkout().sessions().lineItems().list(session.getId()).getData();

        assertEquals(5500L, session.getAmountSubtotal());
        assertEquals(4400L, session.getAmountTotal());
        assertEquals(1100L, session.getTotalDetails().getAmountDiscount());
        assertEquals(1100L, items.stream().mapToLong(LineItem::getAmountDiscount).sum());
        assertEquals(4400L, items.stream().mapToLong(LineItem::getAmountTotal).sum());
    }

    @Test
    void linesInTwoCurrenciesAreRefused() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().checkout().sessions()
                .create(scenarios.sessionFor(1000, "eur", 1).addLineItem(line("Tea", 500, "usd", 1)).build()));

        assertEquals(400, refused.getStatusCode());
        assertEquals("line_items[1][price_data][currency]", refused.getParam());
    }

    @Test
    void theHostedPageShowsEveryLineAndTheBuyerPaysTheTotalInOneCharge() throws Exception {
        Session session = stripe.client().checkout().sessions().create(cart().build());

        String page = stripe.get(session.getUrl()).body();
        SandboxStripe.Raw paid = scenarios.payOnHostedPage(session, "4242424242424242");

        assertTrue(page.contains("Mug") && page.contains("Teapot"), page);
        assertEquals(303, paid.status(), paid.body());
        String intent = stripe.client().checkout().sessions().retrieve(session.getId()).getPaymentIntent();
        assertEquals(5500L, stripe.client().paymentIntents().retrieve(intent).getAmount());
    }

    /** Two lines: 2 × Mug at 15.00 and 1 × Teapot at 25.00, in euros. */
    private static SessionCreateParams.Builder cart() {
        return scenarios.sessionFor(1500, "eur", 2).addLineItem(line("Teapot", 2500, "eur", 1));
    }

    private static SessionCreateParams.LineItem line(String name, long unitAmount, String currency, long quantity) {
        return SessionCreateParams.LineItem.builder().setQuantity(quantity)
                .setPriceData(SessionCreateParams.LineItem.PriceData.builder().setCurrency(currency).setUnitAmount(unitAmount)
                        .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder().setName(name).build()).build())
                .build();
    }

    private static Price posterPrice(long unitAmount) throws Exception {
        Product product = stripe.client().products().create(ProductCreateParams.builder().setName("Poster").build());
        return stripe.client().prices().create(PriceCreateParams.builder().setProduct(product.getId()).setCurrency("eur")
                .setUnitAmount(unitAmount).build());
    }
}
