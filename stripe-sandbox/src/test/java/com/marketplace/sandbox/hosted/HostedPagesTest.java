package com.marketplace.sandbox.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sandbox's hosted pages, rendered from their templates without a container. */
class HostedPagesTest {

    private static CheckoutPageView open(String description, Optional<String> error, Optional<String> cancelUrl) {
        return new CheckoutPageView("/stripe-sandbox/hosted/checkout/cs_1", false,
                List.of(new CheckoutPageView.LineItem(description, 2, "49.00 EUR")), Optional.empty(), "49.00 EUR", error, true, cancelUrl,
                "");
    }

    @Test
    void aLineItemDescribedWithMarkupIsShownAsText() {
        String html = HostedPages.render("checkout", open("<script>alert(1)</script>", Optional.empty(), Optional.empty()));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<tr><td>&lt;script&gt;alert(1)&lt;/script&gt; × 2</td><td class=\"amount\">49.00 EUR</td></tr>"), html);
    }

    @Test
    void theCheckoutPageShowsTheTotalOnTheButtonAndPostsToItself() {
        String html = HostedPages.render("checkout", open("Bowl", Optional.empty(), Optional.empty()));

        assertTrue(html.contains("<form method=\"post\" action=\"/stripe-sandbox/hosted/checkout/cs_1/pay\">"), html);
        assertTrue(html.contains("<button type=\"submit\" id=\"pay\">Pay 49.00 EUR</button>"), html);
        assertTrue(html.contains("id=\"apply-promotion\""), html);
        assertFalse(html.contains("id=\"discount\""), html);
    }

    @Test
    void aCardErrorIsShownAsTextAboveTheForms() {
        String html = HostedPages.render("checkout", open("Bowl", Optional.of("Your card was <b>declined</b>."), Optional.empty()));

        assertTrue(html.contains("<p class=\"error\" id=\"error\" role=\"alert\">Your card was &lt;b&gt;declined&lt;/b&gt;.</p>"), html);
    }

    @Test
    void theCancelLinkAppearsOnlyWithACancelUrlAndKeepsItInsideTheAttribute() {
        String without = HostedPages.render("checkout", open("Bowl", Optional.empty(), Optional.empty()));
        String with = HostedPages.render("checkout", open("Bowl", Optional.empty(), Optional.of("https://shop.example/cancel?a=1&b=\"x\"")));

        assertFalse(without.contains("id=\"cancel\""), without);
        assertTrue(with.contains("<a id=\"cancel\" href=\"https://shop.example/cancel?a=1&amp;b=&#34;x&#34;\">Cancel and return</a>"), with);
    }

    @Test
    void anExpiredSessionSaysSoAndOffersNoPayment() {
        String html = HostedPages.render("checkout", new CheckoutPageView("/p", true, List.of(), Optional.empty(), "", Optional.empty(),
                false, Optional.of("https://shop.example/cancel"), ""));

        assertTrue(html.contains("<title>Checkout expired</title>"), html);
        assertTrue(html.contains("This checkout session has expired."), html);
        assertFalse(html.contains("id=\"pay\""), html);
        assertTrue(html.contains("id=\"cancel\""), html);
    }

    @Test
    void theAuthenticationStepCarriesTheCardNumberInsideItsHiddenFields() {
        String html = HostedPages.render("authenticate", new AuthenticationView("/p/pay", "4000\"><script>x</script>", ""));

        assertFalse(html.contains("<script>"), html);
        assertEquals(2, html.split("name=\"card_number\" value=\"4000&#34;>&lt;script>x&lt;/script>\"", -1).length - 1, html);
        assertTrue(html.contains("id=\"authenticate-complete\"") && html.contains("id=\"authenticate-fail\""), html);
    }

    @Test
    void theOnboardingFormIsPrefilledWithTheAccountsDetailsAsText() {
        String html = HostedPages.render("onboarding", new OnboardingView("/h/onboarding/tok", "Pots & \"Pans\"", "acct_1", "express",
                "Pots & \"Pans\"", "a@example.com"));

        assertTrue(html.contains("<h1>Set up payments for Pots &amp; \"Pans\"</h1>"), html);
        assertTrue(html.contains("name=\"business_name\" value=\"Pots &amp; &#34;Pans&#34;\""), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/h/onboarding/tok\">"), html);
    }

    @Test
    void everyHostedPageWearsTheSandboxBanner() {
        for (String html : List.of(HostedPages.render("linkNotFound", null),
                HostedPages.render("expressDashboard", new ExpressDashboardView("acct_1", true, false, true)))) {
            assertTrue(html.contains("Stripe sandbox: test mode, no real money moves."), html);
        }
        assertTrue(HostedPages.render("linkNotFound", null).contains("<h1>This link is not valid</h1>"));
    }

    @Test
    void amountsUseTheCurrencysOwnDecimals() {
        assertEquals("12.50 EUR", HostedPages.amount(1250, "eur"));
        assertEquals("1250 JPY", HostedPages.amount(1250, "jpy"));
    }

    private static PortalPageView portal(String plan, Optional<String> amountDue) {
        return new PortalPageView("/stripe-sandbox/hosted/portal/bps_1", Optional.of("ada@buyer.test"), Optional.of("visa ending in 0341"),
                List.of(new PortalPageView.Subscription("sub_1", plan, "past_due", "20.00 EUR / month", "Renews on 1 January 2027", false,
                        amountDue, List.of(new PortalPageView.PlanOption("price_2", "Gold — 50.00 EUR / month")))),
                Optional.empty(), Optional.empty(), Optional.of("https://shop.example/account"));
    }

    @Test
    void thePortalOffersToReplaceTheCardSwitchPlanAndCancelEachPostingToItself() {
        String html = HostedPages.render("portal", portal("Silver", Optional.of("20.00 EUR")));

        assertTrue(html.contains("<form method=\"post\" action=\"/stripe-sandbox/hosted/portal/bps_1/card\">"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/stripe-sandbox/hosted/portal/bps_1/switch\">"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/stripe-sandbox/hosted/portal/bps_1/cancel\">"), html);
        assertTrue(html.contains("<option value=\"price_2\">Gold — 50.00 EUR / month</option>"), html);
        assertTrue(html.contains("Payment due: 20.00 EUR."), html);
        assertTrue(html.contains("<a id=\"return\" href=\"https://shop.example/account\">Return</a>"), html);
    }

    @Test
    void aPlanNamedWithMarkupIsShownAsTextOnThePortal() {
        String html = HostedPages.render("portal", portal("<img src=x onerror=alert(1)>", Optional.empty()));

        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertFalse(html.contains("Payment due"), html);
    }
}
