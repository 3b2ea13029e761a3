package com.marketplace.web.it.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.AccessibilityAudit;
import com.marketplace.web.it.support.Browser;
import com.marketplace.web.it.support.Buyers;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A buyer's subscription from start to end, in a real browser (headless Chromium) against the app
 * in sandbox mode: they sign up on {@code /buyers/signup}, subscribe to a Direct seller's plan with
 * a trial from the shop's page, pay with 4242 on the hosted Checkout page, land on their
 * subscription's page and see the trial; "Manage billing" opens the hosted customer portal, they
 * cancel there at the period's end, return, and once Stripe's event has been processed the page
 * says when it ends. Screenshots of each step go to {@code web/target/screenshots}.
 */
@ExtendWith(RunningMarketplace.class)
class SubscriptionJourneyIT {

    private static final Duration WEBHOOK_WAIT = Duration.ofSeconds(45);

    @Test
    void aBuyerSignsUpSubscribesWithATrialOpensThePortalAndCancels() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        String planName = "Journey box " + UUID.randomUUID().toString().substring(0, 6);
        Reply plan = Sellers.post(seller, "/api/sellers/" + seller.id() + "/plans", "{\"name\":\"" + planName + "\",\"description\":"
                + "\"A box of pots a month\",\"amount\":2000,\"currency\":\"eur\",\"interval\":\"month\",\"trialDays\":14}");
        assertEquals(201, plan.status(), plan.body());
        long planId = plan.json().getJsonNumber("id").longValue();

        try (Browser buyer = Browser.start()) {
            buyer.open(url("/buyers/signup")).fill(By.id("email"), Buyers.newEmail()).fill(By.id("password"), Buyers.PASSWORD)
                    .fill(By.id("name"), "Journey Buyer").click(By.id("sign-up"));
            step(buyer, "subscription-journey-signed-up", () -> buyer.waitFor(By.id("sign-out")));

            buyer.open(url("/shops/" + seller.id()));
            step(buyer, "subscription-journey-shop", () -> buyer.waitFor(By.id("subscribe-" + planId))).click();
            step(buyer, "subscription-journey-checkout", () -> buyer.waitFor(By.id("subscription-terms")));
            assertTrue(buyer.text(By.id("subscription-terms")).contains("14 days free"), buyer.text(By.id("subscription-terms")));
            buyer.waitFor(By.id("card_number")).sendKeys("4242 4242 4242 4242");
            buyer.click(By.id("pay")).waitUntilUrlContains("/account/subscriptions/");

            WebElement subscription = step(buyer, "subscription-journey-return",
                    () -> buyer.waitFor(By.cssSelector("#subscription[data-status='trialing']")));
            long subscriptionId = Long.parseLong(subscription.getAttribute("data-subscription-id"));
            assertEquals("Free trial", buyer.text(By.id("subscription-status")));
            assertEquals(planName, buyer.text(By.id("subscription-plan")));
            assertTrue(subscription.getText().contains("Trial ends"), subscription.getText());
            buyer.screenshot("subscription-journey-trialing");
            AccessibilityAudit.assertAccessible(buyer, "subscription-trialing");

            buyer.click(By.id("manage-billing")).waitUntilUrlContains("/hosted/portal/");
            WebElement cancel = step(buyer, "subscription-journey-portal", () -> buyer.waitFor(By.cssSelector("button[id^='cancel-sub_']")));
            buyer.screenshot("subscription-journey-portal");
            cancel.click();
            step(buyer, "subscription-journey-portal-cancelled", () -> buyer.waitFor(By.id("return"))).click();
            buyer.waitUntilUrlContains("/account/subscriptions/" + subscriptionId);

            WebElement ending = awaitOnReload(buyer, url("/account/subscriptions/" + subscriptionId),
                    By.cssSelector("#subscription[data-cancel-at-period-end='true']"));
            assertTrue(ending.getText().contains("Ends on"), ending.getText());
            assertTrue(buyer.driver().findElements(By.id("cancel-at-period-end")).isEmpty(), "cancelling at the period's end is no longer offered");
            buyer.screenshot("subscription-journey-ending");

            buyer.open(url("/account"));
            WebElement row = buyer.waitFor(By.cssSelector("#subscriptions [data-subscription-id='" + subscriptionId + "']"));
            assertTrue(row.getText().contains("Ends on"), row.getText());
        }
    }

    /**
     * Reloads the page until the element is there: the portal's cancel reaches the platform as a
     * webhook, processed by the inbox worker a moment later.
     */
    private static WebElement awaitOnReload(Browser browser, URI page, By locator) throws InterruptedException {
        Instant deadline = Instant.now().plus(WEBHOOK_WAIT);
        while (true) {
            browser.open(page).waitFor(By.id("subscription"));
            if (!browser.driver().findElements(locator).isEmpty()) {
                return browser.find(locator);
            }
            if (Instant.now().isAfter(deadline)) {
                browser.screenshot("subscription-journey-not-ending");
                throw new AssertionError("the cancellation never showed: " + browser.driver().getPageSource());
            }
            Thread.sleep(500);
        }
    }

    /** The step's result, or a screenshot and the page's source of where the journey got stuck. */
    private static <T> T step(Browser browser, String name, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(name + "-failed");
            throw new AssertionError("stuck at " + browser.driver().getCurrentUrl() + ": " + browser.driver().getPageSource(), e);
        }
    }

    // The host people use is PUBLIC_BASE_URL's (localhost here): Stripe's return links lead there,
    // and the session cookie of 127.0.0.1 would not travel with them.
    private static URI url(String path) {
        return URI.create("http://localhost:" + RunningMarketplace.process().baseUri().getPort()).resolve(path);
    }
}
