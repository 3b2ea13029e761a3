package com.marketplace.web.it.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.Browser;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The cart across sellers in a real browser: a buyer puts products of two sellers in one cart, pays
 * once on the hosted page with 4242, and each seller, signed in, finds their own order on their
 * orders page, and not the other's.
 */
@ExtendWith(RunningMarketplace.class)
class CartJourneyIT {

    @Test
    void aBuyerPaysACartFromTwoSellersOnceAndEachSellerSeesTheirOrder() throws Exception {
        Registered pottery = Shop.activeSeller("DESTINATION");
        Registered prints = Shop.activeSeller("DIRECT");
        long bowl = Shop.product(pottery, 2_450, "eur", 5);
        long print = Shop.product(prints, 1_200, "eur", 5);

        try (Browser buyer = Browser.start()) {
            buyer.open(url("/products/" + bowl)).fill(By.id("quantity"), "2").click(By.id("add-to-cart-button"));
            buyer.waitFor(By.id("cart-lines"));
            buyer.open(url("/")).click(By.cssSelector(".product-card[data-product-id='" + print + "'] .add-to-cart button"));
            assertEquals("€61.00", buyer.waitFor(By.id("cart-total")).getText(), "2 × 24.50 + 12.00");
            assertTrue(buyer.find(By.cssSelector("a[href='/cart']")).getText().contains("(3)"));
            buyer.screenshot("cart-journey-1-cart");

            buyer.click(By.id("checkout-button"));
            buyer.waitFor(By.id("card_number")).sendKeys("4242 4242 4242 4242");
            buyer.click(By.id("pay")).waitUntilUrlContains("/checkout/success");
            buyer.click(By.id("purchase-link")).waitFor(By.id("purchase"));
            assertEquals(2, buyer.driver().findElements(By.cssSelector("#main section[data-order-id]")).size(), "one order per seller");
            buyer.screenshot("cart-journey-2-paid");
            buyer.open(url("/cart")).waitFor(By.id("cart-empty"));
        }

        long bowlOrder = Shop.longValue("SELECT MAX(o.id) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.product_id = ?", bowl);
        long printOrder = Shop.longValue("SELECT MAX(o.id) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.product_id = ?", print);
        assertEquals(Shop.longValue("SELECT purchase_id FROM orders WHERE id = ?", bowlOrder),
                Shop.longValue("SELECT purchase_id FROM orders WHERE id = ?", printOrder), "one purchase, one payment");
        Shop.awaitStatus(bowlOrder, "PAID");
        Shop.awaitStatus(printOrder, "PAID");
        seesOnlyTheirOrder(pottery, bowlOrder, printOrder, "cart-journey-3-pottery-orders");
        seesOnlyTheirOrder(prints, printOrder, bowlOrder, "cart-journey-4-prints-orders");
    }

    private static void seesOnlyTheirOrder(Registered seller, long theirs, long another, String screenshot) throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(url("/login")).fill(By.id("email"), seller.email()).fill(By.id("password"), seller.password()).click(By.id("sign-in"));
            browser.waitFor(By.id("sign-out"));
            browser.open(url("/seller/orders"));
            WebElement row = browser.waitFor(By.cssSelector("#orders [data-order-id='" + theirs + "']"));
            assertTrue(row.getText().contains("PAID"), row.getText());
            assertTrue(browser.driver().findElements(By.cssSelector("[data-order-id='" + another + "']")).isEmpty(),
                    "a seller sees only their own orders");
            browser.screenshot(screenshot);
        }
    }

    // The buyer browses on the host Stripe sends them back to (PUBLIC_BASE_URL, localhost by default),
    // as a real buyer does: the page session, with the cart and the purchase's token, is per host.
    private static URI url(String path) {
        return URI.create("http://localhost:" + RunningMarketplace.process().baseUri().getPort()).resolve(path);
    }
}
