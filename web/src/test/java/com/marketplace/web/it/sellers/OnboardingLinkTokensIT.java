package com.marketplace.web.it.sellers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.Browser;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The token in an onboarding link's refresh and return URLs is short-lived and works once: a URL
 * from a browser's history leads to a page that asks the seller to sign in, and signing in leads
 * to a fresh link.
 */
@ExtendWith(RunningMarketplace.class)
class OnboardingLinkTokensIT {

    private static final Pattern CONTINUE_LINK = Pattern.compile("id=\"continue-onboarding\" href=\"([^\"]+)\"");

    private final HostedOnboarding onboarding = new HostedOnboarding();
    private final SandboxStripe stripe = onboarding.stripe();

    @Test
    void aReturnUrlShowsTheStatusOnceAndThenAsksTheSellerToSignIn() {
        Registered seller = Sellers.register("DIRECT");
        String returnUrl = onboarding.submit(onboarding.linkFor(seller), "incomplete");

        SandboxStripe.Raw first = stripe.get(returnUrl);
        SandboxStripe.Raw again = stripe.get(returnUrl);

        assertEquals(200, first.status(), first.body());
        assertTrue(first.body().contains("data-status=\"PENDING\""), first.body());
        assertSpentLinkPage(again);
    }

    @Test
    void aRefreshUrlMintsOneNewLinkAndCannotMintASecond() {
        Registered seller = Sellers.register("DIRECT");
        String refreshUrl = refreshUrlOf(onboarding.linkFor(seller));

        SandboxStripe.Raw first = stripe.get(refreshUrl);
        SandboxStripe.Raw again = stripe.get(refreshUrl);

        assertEquals(303, first.status(), first.body());
        assertTrue(first.location().contains("/hosted/onboarding/"), first.location());
        assertSpentLinkPage(again);
    }

    @Test
    void anExpiredTokenIsRefusedAndAsksTheSellerToSignIn() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        String returnUrl = onboarding.submit(onboarding.linkFor(seller), "incomplete");
        Sellers.expireOnboardingTokens(seller.id());

        assertSpentLinkPage(stripe.get(returnUrl));
    }

    @Test
    void tokensLastThirtyMinutesByDefault() throws Exception {
        Registered seller = Sellers.register("DIRECT");

        onboarding.linkFor(seller);

        assertEquals(30 * 60, Sellers.newestOnboardingTokenLifetimeSeconds(seller.id()));
    }

    @Test
    void theReturnPagesContinueLinkCarriesAFreshTokenThatAlsoWorksOnce() {
        Registered seller = Sellers.register("DIRECT");
        SandboxStripe.Raw returned = stripe.get(onboarding.submit(onboarding.linkFor(seller), "incomplete"));
        Matcher link = CONTINUE_LINK.matcher(returned.body());
        assertTrue(link.find(), returned.body());
        URI continueUrl = RunningMarketplace.process().baseUri().resolve(link.group(1).replace("&amp;", "&"));

        SandboxStripe.Raw first = stripe.get(continueUrl.toString());
        SandboxStripe.Raw again = stripe.get(continueUrl.toString());

        assertEquals(303, first.status(), first.body());
        assertTrue(first.location().contains("/hosted/onboarding/"), first.location());
        assertSpentLinkPage(again);
    }

    @Test
    void aSellerWithASpentLinkSignsInAndIsSentStraightToAFreshOnboardingLink() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        String returnUrl = onboarding.submit(onboarding.linkFor(seller), "incomplete");
        stripe.get(returnUrl);
        try (Browser browser = Browser.start()) {
            browser.open(URI.create(returnUrl)).click(By.id("sign-in-to-continue")).waitUntilUrlContains("/login");
            browser.fill(By.id("email"), seller.email()).fill(By.id("password"), seller.password()).click(By.id("sign-in"));

            // Signed in, the seller is back on the refresh URL, which sends them to a new hosted onboarding link.
            browser.waitFor(By.id("submit-onboarding"));
            assertTrue(browser.driver().getCurrentUrl().contains("/stripe-sandbox/hosted/onboarding/"), browser.driver().getCurrentUrl());
            browser.click(By.id("outcome-complete")).click(By.id("submit-onboarding"));

            assertEquals("ACTIVE", browser.waitFor(By.id("onboarding-status")).getAttribute("data-status"));
            browser.screenshot("onboarding-after-sign-in");
        }
    }

    private static void assertSpentLinkPage(SandboxStripe.Raw page) {
        assertEquals(404, page.status(), page.body());
        assertTrue(page.body().contains("expired or was already used"), page.body());
        assertTrue(page.body().contains("<a id=\"sign-in-to-continue\" href=\"/login?next=%2Fsellers%2Fonboarding%2Frefresh\">"), page.body());
        assertFalse(page.body().contains("data-status="), "a spent link shows no status: " + page.body());
    }

    // What Stripe does with a used or expired link: it sends the browser to the link's refresh_url.
    private String refreshUrlOf(String link) {
        stripe.get(link);
        onboarding.stripe().postForm(link, "outcome", "incomplete", "business_name", "Atelier", "business_type", "individual");
        SandboxStripe.Raw used = stripe.get(link);
        assertEquals(303, used.status(), used.body());
        assertTrue(used.location().contains("/sellers/onboarding/refresh?token="), used.location());
        return used.location();
    }
}
