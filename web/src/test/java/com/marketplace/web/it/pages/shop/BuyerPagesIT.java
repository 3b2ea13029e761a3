package com.marketplace.web.it.pages.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The buyer's pages, as an anonymous browser uses them: the storefront and product page show only
 * what is on offer, in its currency's format; Buy starts a checkout with the database's price and
 * sends the buyer to the payment page; the return page says "paid" only once Stripe says so; the
 * cancel page changes nothing.
 */
@ExtendWith(RunningMarketplace.class)
class BuyerPagesIT {

    private static Registered seller;

    @BeforeAll
    static void seller() throws Exception {
        seller = Shop.activeSeller("DESTINATION");
    }

    @Test
    void theStorefrontListsOfferedProductsInTheirCurrencysFormatAndNotWithdrawnOnes() {
        long euros = Shop.product(seller, 1500, "eur", 3);
        long yen = Shop.product(seller, 1500, "jpy", 3);
        long withdrawn = Shop.product(seller, 990, "eur", 3);
        withdraw(withdrawn);

        String storefront = PageClient.forMarketplace().get("/").body();

        assertTrue(card(storefront, euros).contains("€15.00"), storefront);
        assertTrue(card(storefront, yen).contains("¥1,500"), storefront);
        assertFalse(storefront.contains("data-product-id=\"" + withdrawn + "\""), "a withdrawn product is not offered");
    }

    @Test
    void theProductPageShowsThePriceAndABuyFormBoundedByTheStock() {
        long product = Shop.product(seller, 1500, "jpy", 4);

        Page page = PageClient.forMarketplace().get("/products/" + product);

        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"product-price\">¥1,500<"), page.body());
        assertTrue(page.body().contains("id=\"buy-form\""), page.body());
        assertTrue(page.body().contains("max=\"4\""), "no more than the stock can be asked for: " + page.body());
        assertTrue(page.body().contains("<label for=\"quantity\">Quantity</label>"), page.body());
    }

    @Test
    void aSoldOutProductSaysSoAndHasNoBuyButton() {
        long product = Shop.product(seller, 700, "eur", 0);

        Page page = PageClient.forMarketplace().get("/products/" + product);

        assertEquals(200, page.status());
        assertTrue(page.body().contains("Sold out"), page.body());
        assertFalse(page.body().contains("id=\"buy-button\""), page.body());
    }

    @Test
    void aWithdrawnProductsPageIsNotFound() {
        long product = Shop.product(seller, 700, "eur", 5);
        withdraw(product);

        Page page = PageClient.forMarketplace().get("/products/" + product);

        assertEquals(404, page.status());
        assertTrue(page.body().contains("This product is not on sale"), page.body());
    }

    @Test
    void anUnknownProductsPageIsNotFound() {
        Page page = PageClient.forMarketplace().get("/products/" + Long.MAX_VALUE / 2);

        assertEquals(404, page.status());
        assertTrue(page.body().contains("This product is not on sale"), page.body());
    }

    @Test
    void buyingNoneIsRefusedAndCreatesNoOrder() throws SQLException {
        long product = Shop.product(seller, 700, "eur", 5);
        PageClient buyer = PageClient.forMarketplace();
        buyer.get("/products/" + product);
        long ordersBefore = Shop.countOrders();

        Page refused = buyer.post("/products/" + product + "/buy", "quantity", "0");

        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Quantity must be between 1 and"), refused.body());
        assertEquals(ordersBefore, Shop.countOrders());
    }

    @Test
    void buyingMoreThanTheStockIsRefusedAndCreatesNoOrder() throws SQLException {
        long product = Shop.product(seller, 700, "eur", 2);
        PageClient buyer = PageClient.forMarketplace();
        buyer.get("/products/" + product);
        long ordersBefore = Shop.countOrders();

        Page refused = buyer.post("/products/" + product + "/buy", "quantity", "3");

        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("Only 2 of product"), refused.body());
        assertEquals(ordersBefore, Shop.countOrders());
    }

    @Test
    void buyingSendsTheBuyerToTheCheckoutPageWithAPendingOrderAtTheDatabasesPrice() throws SQLException {
        long product = Shop.product(seller, 1250, "eur", 5);

        Started started = buy(product, 2, "price", "1", "amount", "1", "amountTotal", "1");

        assertTrue(started.url().contains("/stripe-sandbox/hosted/checkout/" + started.sessionId()), started.url());
        JsonObject order = Shop.order(started.orderId());
        assertEquals("PENDING", order.getString("status"));
        assertEquals(product, order.getJsonNumber("productId").longValue());
        assertEquals(2500, order.getJsonNumber("amountTotal").longValue(), "2 × 1250 from the product row, not the form");
    }

    @Test
    void theBuyFormAsksForAnOptionalPromotionCode() {
        long product = Shop.product(seller, 1500, "eur", 4);

        Page page = PageClient.forMarketplace().get("/products/" + product);

        assertTrue(page.body().contains("<label for=\"promotion_code\">Promotion code (optional)</label>"), page.body());
        assertTrue(page.body().contains("name=\"promotion_code\""), page.body());
    }

    @Test
    void buyingWithAPromotionCodeSendsTheBuyerToAPaymentPageForTheDiscountedTotal() throws Exception {
        long product = Shop.product(seller, 2000, "eur", 5);
        String code = Shop.percentOffCode(Shop.codesOf(seller, "DESTINATION"), 25).getCode();

        Started started = buy(product, 2, "promotion_code", code.toLowerCase());

        JsonObject order = Shop.order(started.orderId());
        assertEquals(4000, order.getJsonNumber("amountSubtotal").longValue());
        assertEquals(1000, order.getJsonNumber("amountDiscount").longValue());
        assertEquals(3000, order.getJsonNumber("amountTotal").longValue(), "a quarter off, the code typed in any case");
        Page payment = PageClient.forMarketplace().get(started.url());
        assertTrue(payment.body().contains("id=\"total\"><strong>30.00 EUR<"), payment.body());
    }

    @Test
    void aPromotionCodeThatCannotBeUsedShowsTheProductPageAgainSayingWhyAndCreatesNoOrder() throws SQLException {
        long product = Shop.product(seller, 700, "eur", 5);
        PageClient buyer = PageClient.forMarketplace();
        buyer.get("/products/" + product);
        long ordersBefore = Shop.countOrders();

        Page refused = buyer.post("/products/" + product + "/buy", "quantity", "2", "promotion_code", "NOTACODE7");

        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("id=\"problem\""), refused.body());
        assertTrue(refused.body().contains("Promotion code NOTACODE7 does not exist."), refused.body());
        assertTrue(refused.body().contains("id=\"buy-form\""), "the buyer can correct the code and buy: " + refused.body());
        assertTrue(refused.body().contains("value=\"NOTACODE7\""), refused.body());
        assertTrue(refused.body().contains("value=\"2\" required"), "the quantity is kept: " + refused.body());
        assertEquals(ordersBefore, Shop.countOrders());
    }

    @Test
    void theReturnPageSaysPaidOnlyOnceStripeConfirmsThePayment() throws SQLException {
        long product = Shop.product(seller, 1800, "eur", 5);
        Started started = buy(product, 1);
        PageClient buyer = PageClient.forMarketplace();

        Page beforePaying = buyer.get("/checkout/success?session_id=" + started.sessionId());
        assertEquals(200, beforePaying.status());
        assertTrue(beforePaying.body().contains("data-status=\"PENDING\""), beforePaying.body());
        assertTrue(beforePaying.body().contains("<meta http-equiv=\"refresh\" content=\"5\">"), beforePaying.body());
        assertFalse(beforePaying.body().contains("payment is confirmed"), beforePaying.body());

        Shop.pay(started);
        Page afterPaying = buyer.get("/checkout/success?session_id=" + started.sessionId());

        assertEquals(200, afterPaying.status());
        assertTrue(afterPaying.body().contains("data-status=\"PAID\""), afterPaying.body());
        assertTrue(afterPaying.body().contains("Thank you — your payment is confirmed"), afterPaying.body());
        assertTrue(afterPaying.body().contains("€18.00"), afterPaying.body());
    }

    @Test
    void theReturnPageForAnUnknownSessionIsNotFound() {
        Page page = PageClient.forMarketplace().get("/checkout/success?session_id=cs_test_noSuchSession0000");

        assertEquals(404, page.status());
        assertFalse(page.body().contains("payment-outcome"), page.body());
    }

    @Test
    void theCancelPageSaysNothingWasChargedAndLeavesTheOrderPending() throws Exception {
        long product = Shop.product(seller, 900, "eur", 5);
        Started started = buy(product, 1);

        Page page = PageClient.forMarketplace().get("/checkout/cancel?order_id=" + started.orderId());

        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"checkout-cancelled\""), page.body());
        assertTrue(page.body().contains("nothing was charged"), page.body());
        assertEquals("PENDING", Shop.order(started.orderId()).getString("status"));
    }

    /** Buys through the product page's form, as a browser would; answers where the buyer was sent. */
    private static Started buy(long product, int quantity, String... extraFields) throws SQLException {
        PageClient buyer = PageClient.forMarketplace();
        buyer.get("/products/" + product);
        String[] fields = new String[extraFields.length + 2];
        fields[0] = "quantity";
        fields[1] = String.valueOf(quantity);
        System.arraycopy(extraFields, 0, fields, 2, extraFields.length);
        Page bought = buyer.post("/products/" + product + "/buy", fields);
        assertEquals(303, bought.status(), bought.body());
        String url = bought.location();
        String sessionId = url.substring(url.lastIndexOf('/') + 1);
        long orderId = Shop.longValue("SELECT id FROM orders WHERE checkout_session_id = ?", sessionId);
        return new Started(orderId, sessionId, url, null);
    }

    private static void withdraw(long product) {
        Reply withdrawn = RunningMarketplace.api().request("PATCH", "/api/products/" + product, "{\"active\":false}",
                "Authorization", seller.authorization());
        assertEquals(200, withdrawn.status(), withdrawn.body());
    }

    /** The storefront's card of one product (up to the next card); fails when the product is not listed. */
    private static String card(String storefront, long product) {
        int start = storefront.indexOf("data-product-id=\"" + product + "\"");
        assertTrue(start >= 0, "product " + product + " is not on the storefront");
        int end = storefront.indexOf("</li>", start);
        return storefront.substring(start, end);
    }
}
