package com.marketplace.web.it.pages.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.Buyers;
import com.marketplace.web.it.support.Buyers.Buyer;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.stripe.model.LineItem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cart over HTTP, as a browser uses it: products of two sellers share a cart with today's
 * prices; another currency is refused on the page and changes nothing; quantities stay within the
 * stock; a guest's cart joins the buyer's stored one at sign-in; Checkout sends the buyer to one
 * Checkout Session whose line items are the cart's, and the cart waits for the payment.
 */
@ExtendWith(RunningMarketplace.class)
class CartPagesIT {

    private static final Pattern SESSION = Pattern.compile("/hosted/checkout/(cs_[A-Za-z0-9_]+)");

    private static Registered pottery;
    private static Registered prints;

    @BeforeAll
    static void sellers() throws Exception {
        pottery = Shop.activeSeller("DESTINATION");
        prints = Shop.activeSeller("DESTINATION");
    }

    @Test
    void productsOfTwoSellersShareACartWithTheirSellersTodaysPricesAndTheTotal() throws Exception {
        long bowl = Shop.product(pottery, 1_250, "eur", 5);
        long print = Shop.product(prints, 900, "eur", 5);
        PageClient guest = PageClient.forMarketplace();
        guest.get("/products/" + bowl);

        assertEquals("/cart", guest.post("/cart/add", "product", String.valueOf(bowl), "quantity", "2").location());
        assertEquals(303, guest.post("/cart/add", "product", String.valueOf(print)).status());
        Shop.execute("UPDATE products SET price_amount = 1000 WHERE id = ?", print);
        Page cart = guest.get("/cart");

        assertEquals(200, cart.status());
        assertTrue(cart.body().contains("<tr data-product-id=\"" + bowl + "\">"), cart.body());
        assertTrue(cart.body().contains("<a href=\"/shops/" + pottery.id() + "\">"), cart.body());
        assertTrue(cart.body().contains("<a href=\"/shops/" + prints.id() + "\">"), cart.body());
        assertTrue(cart.body().contains("id=\"cart-total\">€35.00<"), "2 × 12.50 + today's 10.00: " + cart.body());
        assertTrue(cart.body().contains("<a href=\"/cart\">Cart (3)</a>"), "the header counts the items: " + cart.body());
    }

    @Test
    void aProductInAnotherCurrencyIsRefusedWithTheReasonOnTheCartPageAndNothingChanges() {
        long bowl = Shop.product(pottery, 1_250, "eur", 5);
        long hat = Shop.product(prints, 2_000, "usd", 5);
        PageClient guest = PageClient.forMarketplace();
        guest.get("/products/" + bowl);
        guest.post("/cart/add", "product", String.valueOf(bowl));

        Page refused = guest.post("/cart/add", "product", String.valueOf(hat));

        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Your cart is in EUR and") && refused.body().contains("priced in USD"), refused.body());
        assertFalse(guest.get("/cart").body().contains("data-product-id=\"" + hat + "\""), "the cart is unchanged");
    }

    @Test
    void aQuantityBeyondTheStockIsRefusedSayingHowManyAreLeftAndALineIsRemoved() {
        long bowl = Shop.product(pottery, 1_250, "eur", 3);
        long print = Shop.product(prints, 900, "eur", 5);
        PageClient guest = PageClient.forMarketplace();
        guest.get("/products/" + bowl);
        guest.post("/cart/add", "product", String.valueOf(bowl));
        guest.post("/cart/add", "product", String.valueOf(print));

        Page refused = guest.post("/cart/lines/" + bowl, "quantity", "4");
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("Only 3 of"), refused.body());
        assertEquals(303, guest.post("/cart/lines/" + bowl, "quantity", "3").status());
        assertEquals(303, guest.post("/cart/lines/" + print + "/remove").status());

        Page cart = guest.get("/cart");
        assertTrue(cart.body().contains("value=\"3\" required>"), cart.body());
        assertFalse(cart.body().contains("data-product-id=\"" + print + "\""), cart.body());
    }

    @Test
    void aGuestsCartJoinsTheBuyersStoredCartAtSignIn() throws Exception {
        long bowl = Shop.product(pottery, 1_250, "eur", 5);
        long print = Shop.product(prints, 900, "eur", 5);
        Buyer buyer = Buyers.signUp();
        PageClient earlier = PageClient.forMarketplace();
        earlier.signIn(buyer.email(), buyer.password());
        earlier.get("/products/" + bowl);
        earlier.post("/cart/add", "product", String.valueOf(bowl));
        PageClient guest = PageClient.forMarketplace();
        guest.get("/products/" + print);
        guest.post("/cart/add", "product", String.valueOf(print), "quantity", "2");

        guest.signIn(buyer.email(), buyer.password());

        assertEquals(2, Shop.longValue("SELECT COUNT(*) FROM cart_lines WHERE buyer_id = ?", buyer.id()));
        Page cart = guest.get("/cart");
        assertTrue(cart.body().contains("data-product-id=\"" + bowl + "\"") && cart.body().contains("data-product-id=\"" + print + "\""),
                cart.body());
        assertTrue(earlier.get("/cart").body().contains("data-product-id=\"" + print + "\""), "the stored cart is the buyer's everywhere");
    }

    @Test
    void checkoutSendsTheBuyerToOneSessionWhoseLineItemsAreTheCartsAndTheCartWaitsForThePayment() throws Exception {
        long bowl = Shop.product(pottery, 1_250, "eur", 5);
        long print = Shop.product(prints, 900, "eur", 5);
        PageClient guest = PageClient.forMarketplace();
        guest.get("/products/" + bowl);
        guest.post("/cart/add", "product", String.valueOf(bowl), "quantity", "2");
        guest.post("/cart/add", "product", String.valueOf(print));
        guest.get("/cart");

        Page started = guest.post("/cart/checkout");

        assertEquals(303, started.status(), started.body());
        Matcher session = SESSION.matcher(started.location());
        assertTrue(session.find(), started.location());
        List<LineItem> items = Shop.stripe().client().checkout().sessions().lineItems().list(session.group(1)).getData();
        Map<Long, Long> amounts = items.stream().collect(Collectors.toMap(LineItem::getQuantity, LineItem::getAmountTotal));
        assertEquals(Map.of(2L, 2_500L, 1L, 900L), amounts, "the cart's two lines at the database's prices");
        assertTrue(guest.get("/cart").body().contains("data-product-id=\"" + bowl + "\""), "nothing is paid yet: the cart keeps its lines");
        long purchase = Shop.longValue("SELECT o.purchase_id FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.product_id = ?", bowl);
        Page purchasePage = guest.get("/purchases/" + purchase);
        assertEquals(200, purchasePage.status(), "the browser that checked out sees its purchase");
        assertEquals(2, purchasePage.body().split("<section class=\"card\" id=\"order-").length - 1, "one order per seller: " + purchasePage.body());
        assertEquals(404, PageClient.forMarketplace().get("/purchases/" + purchase).status(), "another browser does not");
    }

    @Test
    void aSignedInBuyersCartIsTheSameThroughTheApiAndItRefusesAnotherCurrencyWithMixedCurrencies() {
        long bowl = Shop.product(pottery, 1_250, "eur", 5);
        long hat = Shop.product(prints, 2_000, "usd", 5);
        Buyer buyer = Buyers.signUp();

        var added = RunningMarketplace.api().request("POST", "/api/cart/items", "{\"productId\":" + bowl + ",\"quantity\":2}",
                "Authorization", buyer.authorization());
        var refused = RunningMarketplace.api().request("POST", "/api/cart/items", "{\"productId\":" + hat + "}",
                "Authorization", buyer.authorization());

        assertEquals(200, added.status(), added.body());
        assertEquals(2_500, added.json().getJsonNumber("amountTotal").longValue());
        assertEquals(400, refused.status());
        assertEquals("mixed_currencies", refused.json().getString("error"));
        PageClient page = PageClient.forMarketplace();
        page.signIn(buyer.email(), buyer.password());
        assertTrue(page.get("/cart").body().contains("data-product-id=\"" + bowl + "\""), "the page shows the same stored cart");
    }
}
