package com.marketplace.web.it.pages.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.Browser;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A buyer's whole journey in a real browser: shop, product, Buy, the hosted checkout page, back to a confirmed payment. */
@ExtendWith(RunningMarketplace.class)
class BuyerCheckoutBrowserIT {

    @Test
    void aBuyerPaysByCardOnTheCheckoutPageAndIsShownTheConfirmedPayment() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long product = Shop.product(seller, 1500, "eur", 5);

        try (Browser browser = Browser.start()) {
            browser.open(RunningMarketplace.process().baseUri().resolve("/"));
            browser.click(By.cssSelector("li[data-product-id=\"" + product + "\"] h2 a"));
            browser.waitUntilUrlContains("/products/" + product);
            assertEquals("€15.00", browser.text(By.id("product-price")));
            // Looking costs no HTTP session; the Buy form works without one (it is created by the purchase).
            assertNull(browser.driver().manage().getCookieNamed("marketplace_session"), "the shop and the product page made a session");
            browser.fill(By.id("quantity"), "2");
            browser.click(By.id("buy-button"));

            browser.waitUntilUrlContains("/hosted/checkout/cs_");
            assertTrue(browser.text(By.id("total")).contains("30.00"), browser.text(By.id("total")));
            browser.fill(By.id("card_number"), "4242 4242 4242 4242");
            browser.click(By.id("pay"));

            browser.waitUntilUrlContains("/checkout/success?session_id=cs_");
            // A slow confirmation shows "processing" first and the page re-checks itself every 5 s.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver ->
                    "PAID".equals(driver.findElement(By.id("payment-outcome")).getAttribute("data-status")));
            WebElement outcome = browser.waitFor(By.id("payment-outcome"));
            assertTrue(outcome.getText().contains("your payment is confirmed"), outcome.getText());
            assertTrue(outcome.getText().contains("€30.00"), outcome.getText());
            browser.screenshot("buyer-paid");
        }
        assertEquals(3, Shop.stock(product), "two of five taken once the payment was confirmed");
    }

    @Test
    void aBuyerCorrectsAMistypedPromotionCodeOnTheProductPageAndPaysTheDiscountedTotal() throws Exception {
        Registered seller = Shop.activeSeller("DESTINATION");
        long product = Shop.product(seller, 1500, "eur", 5);
        String code = Shop.percentOffCode(Shop.codesOf(seller, "DESTINATION"), 50).getCode();

        try (Browser browser = Browser.start()) {
            browser.open(RunningMarketplace.process().baseUri().resolve("/products/" + product));
            browser.fill(By.id("quantity"), "2");
            browser.fill(By.id("promotion_code"), code + "X");
            browser.click(By.id("buy-button"));

            assertEquals("Promotion code " + code + "X does not exist.", browser.text(By.id("problem")));
            assertEquals("2", browser.find(By.id("quantity")).getAttribute("value"), "what the buyer entered is still there");
            browser.fill(By.id("promotion_code"), code);
            browser.click(By.id("buy-button"));

            browser.waitUntilUrlContains("/hosted/checkout/cs_");
            assertTrue(browser.text(By.id("discount")).contains("15.00"), browser.text(By.id("discount")));
            assertTrue(browser.text(By.id("total")).contains("15.00"), browser.text(By.id("total")));
            browser.fill(By.id("card_number"), "4242 4242 4242 4242");
            browser.click(By.id("pay"));

            browser.waitUntilUrlContains("/checkout/success?session_id=cs_");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver ->
                    "PAID".equals(driver.findElement(By.id("payment-outcome")).getAttribute("data-status")));
            assertTrue(browser.text(By.id("payment-outcome")).contains("€15.00"), browser.text(By.id("payment-outcome")));
            browser.screenshot("buyer-paid-with-code");
        }
        assertEquals(3, Shop.stock(product));
    }
}
