package com.marketplace.web.it.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.it.support.AccessibilityAudit;
import com.marketplace.web.it.support.Browser;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The three journeys of the people this platform serves, in a real browser (headless Chromium)
 * against the app in sandbox mode, each ending with a screenshot in {@code web/target/screenshots}:
 * a seller signs up, onboards on the hosted page and adds a product; a buyer buys it with 4242 and
 * sees it paid, and the seller sees the order; an admin changes the fee and the next purchase uses
 * it. They run in that order: each journey continues where the previous one left off. The pages only
 * a journey reaches (the onboarding return page, the page after paying) are audited for
 * accessibility on the way.
 */
@ExtendWith(RunningMarketplace.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysIT {

    private static final String EMAIL = "journey-" + UUID.randomUUID() + "@example.com";
    private static final String PASSWORD = "a long journey password";
    private static final String PRODUCT = "Journey bowl " + UUID.randomUUID().toString().substring(0, 6);
    private static long productId;
    private static long sellerId;

    @Test
    @Order(1)
    void aSellerSignsUpOnboardsOnTheHostedPageAndAddsAProduct() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(url("/signup"))
                    .fill(By.id("email"), EMAIL).fill(By.id("password"), PASSWORD).fill(By.id("displayName"), "Journey Pottery");
            new Select(browser.find(By.id("country"))).selectByValue("FR");
            new Select(browser.find(By.id("defaultCurrency"))).selectByValue("eur");
            browser.click(By.id("charge-type-direct")).click(By.id("sign-up"));
            assertEquals("PENDING", onFailureScreenshot(browser, "journey-1-failed", () -> browser.waitFor(By.id("onboarding-status")))
                    .getAttribute("data-status"));

            browser.click(By.id("continue-onboarding")).waitFor(By.id("submit-onboarding"));
            browser.click(By.id("outcome-complete")).click(By.id("submit-onboarding"));
            onFailureScreenshot(browser, "journey-1-return-failed", () -> browser.waitFor(By.id("back-to-dashboard")));
            AccessibilityAudit.assertAccessible(browser, "onboarding-return");
            browser.click(By.id("back-to-dashboard"));
            assertEquals("ACTIVE", onFailureScreenshot(browser, "journey-1-dashboard-failed", () -> browser.waitFor(By.id("onboarding-status")))
                    .getAttribute("data-status"));

            browser.open(url("/seller/products"))
                    .fill(By.id("product-name"), PRODUCT).fill(By.id("product-description"), "Hand-thrown stoneware")
                    .fill(By.id("product-price"), "24.50").fill(By.id("product-stock"), "5");
            WebElement active = browser.find(By.id("product-active"));
            if (!active.isSelected()) {
                active.click();
            }
            browser.click(By.id("create-product"));
            WebElement row = browser.waitFor(By.xpath("//*[@data-product-id][contains(., '" + PRODUCT + "')]"));
            productId = Long.parseLong(row.getAttribute("data-product-id"));
            browser.screenshot("journey-1-seller-product-added");
        }
        JsonObject product = RunningMarketplace.api().get("/api/products/" + productId).json();
        assertEquals(2450, product.getJsonObject("price").getJsonNumber("amount").longValue());
        sellerId = product.getJsonNumber("sellerId").longValue();
    }

    @Test
    @Order(2)
    void aBuyerPaysWith4242AndSeesItPaidAndTheSellerSeesTheOrder() throws Exception {
        long orderId;
        try (Browser buyer = Browser.start()) {
            buyer.open(url("/")).click(By.linkText(PRODUCT)).waitFor(By.id("buy-form"));
            buyer.fill(By.id("quantity"), "2").click(By.id("buy-button"));
            buyer.waitFor(By.id("card_number")).sendKeys("4242 4242 4242 4242");
            buyer.click(By.id("pay")).waitUntilUrlContains("/checkout/success");
            WebElement outcome = buyer.waitFor(By.cssSelector("#payment-outcome[data-status='PAID']"));
            assertTrue(outcome.getText().toLowerCase().contains("confirmed"), outcome.getText());
            buyer.screenshot("journey-2-buyer-paid");
            AccessibilityAudit.assertAccessible(buyer, "checkout-success");
        }
        orderId = Shop.longValue("SELECT MAX(id) FROM orders WHERE product_id = ?", productId);
        assertEquals(4900, Shop.order(orderId).getJsonNumber("amountTotal").longValue());
        try (Browser seller = Browser.start()) {
            signIn(seller, EMAIL, PASSWORD);
            seller.open(url("/seller/orders"));
            WebElement row = seller.waitFor(By.cssSelector("#orders [data-order-id='" + orderId + "']"));
            assertTrue(row.getText().contains("PAID") || row.getText().contains("Paid"), row.getText());
            seller.screenshot("journey-2-seller-sees-order");
        }
    }

    @Test
    @Order(3)
    void anAdminChangesTheFeeAndTheNextPurchaseUsesIt() throws Exception {
        try (Browser admin = Browser.start()) {
            signIn(admin, RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD);
            admin.open(url("/admin/fees")).fill(By.id("override-seller"), String.valueOf(sellerId));
            new Select(admin.find(By.id("override-currency"))).selectByValue("eur");
            admin.fill(By.id("override-percent"), "5").fill(By.id("override-fixed"), "0.50").click(By.id("save-seller-fee"));
            WebElement newest = admin.waitFor(By.cssSelector("#fee-history tbody tr"));
            assertTrue(newest.getText().contains(RunningMarketplace.ADMIN_EMAIL), newest.getText());
            admin.screenshot("journey-3-admin-fee-changed");
        }
        long orderId = buyOne();
        JsonObject order = RunningMarketplace.api().get("/api/orders/" + orderId, "Authorization", RunningMarketplace.adminAuthorization()).json();
        assertEquals(500, order.getInt("feeBasisPoints"));
        assertEquals(50, order.getJsonNumber("feeFixedAmount").longValue());
        // 5 % of 24.50 is 1.225, rounded half up to 1.23, plus the fixed 0.50.
        assertEquals(173, order.getJsonNumber("applicationFeeAmount").longValue());
    }

    private static long buyOne() throws Exception {
        try (Browser buyer = Browser.start()) {
            buyer.open(url("/products/" + productId)).fill(By.id("quantity"), "1").click(By.id("buy-button"));
            buyer.waitFor(By.id("card_number")).sendKeys("4242 4242 4242 4242");
            buyer.click(By.id("pay")).waitFor(By.cssSelector("#payment-outcome[data-status='PAID']"));
            buyer.screenshot("journey-3-next-purchase-paid");
        }
        return Shop.longValue("SELECT MAX(id) FROM orders WHERE product_id = ?", productId);
    }

    /** Keeps a picture of the page a journey got stuck on, next to the journeys' own screenshots. */
    private static <T> T onFailureScreenshot(Browser browser, String name, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(name);
            throw new AssertionError("stuck at " + browser.driver().getCurrentUrl() + ": " + browser.driver().getPageSource(), e);
        }
    }

    private static void signIn(Browser browser, String email, String password) {
        browser.open(url("/login")).fill(By.id("email"), email).fill(By.id("password"), password).click(By.id("sign-in"));
        browser.waitFor(By.id("sign-out"));
    }

    // The host people use is PUBLIC_BASE_URL's (localhost here): Stripe's return links lead there,
    // and the session cookie of 127.0.0.1 would not travel with them.
    private static URI url(String path) {
        return URI.create("http://localhost:" + RunningMarketplace.process().baseUri().getPort()).resolve(path);
    }
}
