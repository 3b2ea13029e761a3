package com.marketplace.web.it.pages.accessibility;

import static com.marketplace.web.it.support.AccessibilityAudit.assertAccessible;

import com.marketplace.web.it.support.Browser;
import com.marketplace.web.it.support.Buyers;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.ProductPictures;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.TestPictures;
import java.awt.Color;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every page of the marketplace, as each kind of visitor sees it, audited by axe-core in headless
 * Chromium: no serious or critical violation (contrast, names of controls and links, labels,
 * landmarks, language, ...). The pages after a payment and after onboarding are audited where the
 * journeys reach them ({@code JourneysIT}).
 */
@ExtendWith(RunningMarketplace.class)
class AccessibilityBrowserIT {

    private static Registered seller;
    private static long productId;
    private static long soldOutId;
    private static long planId;

    @BeforeAll
    static void aSellerWithAPicturedProductOnSaleAndOneSoldOut() throws Exception {
        seller = Shop.activeSeller("DIRECT");
        productId = Shop.product(seller, 2450, "eur", 5);
        ProductPictures.upload(seller, productId, TestPictures.png(Color.DARK_GRAY));
        soldOutId = Shop.product(seller, 990, "eur", 1);
        Shop.sell(soldOutId, 1);
        // An offered plan: its row, its change and retire forms on /seller/plans, its card on the shop's page.
        com.marketplace.testsupport.ApiClient.Reply plan = com.marketplace.web.it.support.Sellers.post(seller, "/api/sellers/" + seller.id()
                + "/plans", "{\"name\":\"Monthly box\",\"description\":\"A box a month\",\"amount\":1900,\"currency\":\"eur\","
                + "\"interval\":\"month\",\"trialDays\":14}");
        if (plan.status() != 201) {
            throw new AssertionError("creating the plan failed: " + plan.body());
        }
        planId = plan.json().getJsonNumber("id").longValue();
    }

    @Test
    void thePagesAnyVisitorSeesHaveNoSeriousOrCriticalViolation() throws Exception {
        try (Browser browser = Browser.start()) {
            audit(browser, "/", By.id("products"), "storefront");
            audit(browser, "/?q=no+such+thing+at+all", By.id("no-results"), "storefront-no-results");
            audit(browser, "/shops/" + seller.id(), By.id("sign-in-to-subscribe"), "seller-shop");
            audit(browser, "/products/" + productId, By.id("product-image"), "product");
            audit(browser, "/products/" + soldOutId, By.id("sold-out"), "product-sold-out");
            audit(browser, "/login", By.id("sign-in"), "sign-in");
            audit(browser, "/signup", By.id("sign-up"), "sign-up");
            audit(browser, "/buyers/signup", By.id("sign-up"), "buyer-sign-up");
            audit(browser, "/checkout/cancel", By.id("checkout-cancelled"), "checkout-cancelled");
            audit(browser, "/no-such-page", By.tagName("h1"), "not-found");
        }
    }

    @Test
    void theCartHasNoSeriousOrCriticalViolation() throws Exception {
        try (Browser browser = Browser.start()) {
            audit(browser, "/cart", By.id("cart-empty"), "cart-empty");
            browser.open(url("/products/" + productId)).click(By.id("add-to-cart-button"));
            browser.waitFor(By.id("cart-lines"));
            assertAccessible(browser, "cart");
        }
    }

    @Test
    void theSellersPagesHaveNoSeriousOrCriticalViolation() throws Exception {
        try (Browser browser = Browser.start()) {
            signIn(browser, seller.email(), seller.password(), By.id("onboarding-status"));
            assertAccessible(browser, "seller-dashboard");
            audit(browser, "/seller/products", By.id("new-product"), "seller-products");
            audit(browser, "/seller/products/" + productId, By.id("current-image"), "seller-product");
            audit(browser, "/seller/orders", By.id("orders"), "seller-orders");
            audit(browser, "/seller/plans", By.id("new-plan-form"), "seller-plans");
        }
    }

    @Test
    void theBuyersAccountHasNoSeriousOrCriticalViolation() throws Exception {
        String email = Buyers.newEmail();
        Shop.Started bought = Shop.checkout(productId, 1);
        Shop.payAs(bought.sessionId(), email);
        Shop.awaitStatus(bought.orderId(), "PAID");
        Buyers.signUp(email, Buyers.PASSWORD, "Ada");
        try (Browser browser = Browser.start()) {
            signIn(browser, email, Buyers.PASSWORD, By.id("purchases"));
            assertAccessible(browser, "buyer-account");
        }
    }

    @Test
    void theBuyersSubscriptionPagesHaveNoSeriousOrCriticalViolation() throws Exception {
        Buyers.Buyer buyer = Buyers.signUp();
        com.marketplace.testsupport.ApiClient.Reply started = RunningMarketplace.api().request("POST", "/api/subscriptions",
                "{\"planId\":" + planId + "}", "Authorization", buyer.authorization());
        if (started.status() != 201) {
            throw new AssertionError("subscribing failed: HTTP " + started.status() + " " + started.body());
        }
        Shop.payAs(started.json().getString("sessionId"), buyer.email());
        long subscriptionId = started.json().getJsonNumber("subscriptionId").longValue();
        try (Browser browser = Browser.start()) {
            signIn(browser, buyer.email(), buyer.password(), By.id("subscriptions"));
            assertAccessible(browser, "buyer-account-subscriptions");
            audit(browser, "/shops/" + seller.id(), By.id("subscribe-" + planId), "seller-shop-subscribe");
            audit(browser, "/account/subscriptions/" + subscriptionId + "?checkout=done", By.id("manage-billing"), "buyer-subscription");
        }
    }

    @Test
    void theAdminsPagesHaveNoSeriousOrCriticalViolation() throws Exception {
        try (Browser browser = Browser.start()) {
            signIn(browser, RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD, By.id("today"));
            assertAccessible(browser, "admin-overview");
            audit(browser, "/admin/fees", By.tagName("h1"), "admin-fees");
            audit(browser, "/admin/sellers", By.tagName("h1"), "admin-sellers");
            audit(browser, "/admin/orders", By.tagName("h1"), "admin-orders");
            audit(browser, "/admin/webhooks", By.tagName("h1"), "admin-webhooks");
            audit(browser, "/admin/mailbox", By.id("outbox"), "admin-mailbox");
            long purchase = Shop.longValue("SELECT MAX(purchase_id) FROM orders WHERE product_id = ?", soldOutId);
            audit(browser, "/admin/purchases/" + purchase, By.id("purchase"), "admin-purchase");
        }
    }

    private static void signIn(Browser browser, String email, String password, By landing) {
        browser.open(url("/login")).fill(By.id("email"), email).fill(By.id("password"), password).click(By.id("sign-in"));
        browser.waitFor(landing);
    }

    private static void audit(Browser browser, String path, By loaded, String name) {
        browser.open(url(path)).waitFor(loaded);
        assertAccessible(browser, name);
    }

    private static URI url(String path) {
        return RunningMarketplace.process().baseUri().resolve(path);
    }
}
