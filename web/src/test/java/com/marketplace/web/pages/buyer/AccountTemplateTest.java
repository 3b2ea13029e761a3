package com.marketplace.web.pages.buyer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A buyer's account page, rendered from its template without a container. */
class AccountTemplateTest {

    private static AccountView.Purchase purchase(String product, String status, Optional<String> refunded) {
        return new AccountView.Purchase(42, "2026-03-02 10:00 UTC", product, 2, "€49.00", status, refunded);
    }

    @Test
    void eachPurchaseShowsItsProductAmountStatusAndDate() {
        String html = Views.render("buyer/account.jte", new AccountView("Ada", "ada@example.com", List.of(),
                List.of(purchase("Bowl", "PAID", Optional.empty()), purchase("Cup", "PARTIALLY_REFUNDED", Optional.of("€10.00")))));

        assertTrue(html.contains("<tr data-order-id=\"42\"><td>42</td><td>2026-03-02 10:00 UTC</td><td>Bowl</td><td class=\"amount\">2</td>"
                + "<td class=\"amount\">€49.00</td><td><span class=\"status status-paid\">PAID</span></td><td class=\"amount\">—</td></tr>"), html);
        assertTrue(html.contains("<span class=\"status status-partially_refunded\">PARTIALLY REFUNDED</span></td><td class=\"amount\">€10.00</td>"), html);
        assertTrue(html.contains("Signed in as Ada (ada@example.com)."), html);
        assertFalse(html.contains("no-purchases"), html);
    }

    @Test
    void hostileNamesAreShownAsText() {
        String html = Views.render("buyer/account.jte", new AccountView("<script>alert(1)</script>", "a\"@example.com", List.of(),
                List.of(purchase("<img src=x onerror=alert(1)>", "PAID", Optional.empty()))));

        assertFalse(html.contains("<script>") || html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<td>&lt;img src=x onerror=alert(1)&gt;</td>"), html);
    }

    @Test
    void aBuyerWithoutPurchasesIsSentToTheShop() {
        String html = Views.render("buyer/account.jte", new AccountView("Ada", "ada@example.com", List.of(), List.of()));

        assertTrue(html.contains("<p id=\"no-purchases\">No purchases yet. <a href=\"/\">Visit the shop</a>.</p>"), html);
        assertFalse(html.contains("<table"), html);
    }

    private static AccountView.SubscriptionRow subscription(String plan, String seller, String statusCode, String status,
                                                            Optional<String> when, boolean pastDue) {
        return new AccountView.SubscriptionRow(7, plan, seller, "€20.00 / month", statusCode, status, when, pastDue);
    }

    @Test
    void eachSubscriptionShowsItsPlanShopPriceStatusInWordsAndNextDateLinkingToItsPage() {
        String html = Views.render("buyer/account.jte", new AccountView("Ada", "ada@example.com",
                List.of(subscription("Monthly box", "Journey Pottery", "trialing", "Free trial", Optional.of("Trial ends on 15 Dec 2026"), false)),
                List.of()));

        assertTrue(html.contains("<tr data-subscription-id=\"7\" data-status=\"trialing\"><td><a href=\"/account/subscriptions/7\">Monthly box</a></td>"
                + "<td>Journey Pottery</td><td class=\"amount\">€20.00 / month</td><td><span class=\"status status-trialing\">Free trial</span></td>"
                + "<td>Trial ends on 15 Dec 2026</td></tr>"), html);
        assertFalse(html.contains("Payment failed"), html);
        assertFalse(html.contains("no-subscriptions"), html);
    }

    @Test
    void aPastDueSubscriptionWarnsThatThePaymentFailed() {
        String html = Views.render("buyer/account.jte", new AccountView("Ada", "ada@example.com",
                List.of(subscription("Box", "Shop", "past_due", "Payment failed", Optional.of("Renews on 1 Jan 2027"), true)), List.of()));

        assertTrue(html.contains("<a class=\"past-due-warning\" href=\"/account/subscriptions/7\">Payment failed — update your card</a>"), html);
    }

    @Test
    void hostilePlanAndShopNamesAreShownAsText() {
        String html = Views.render("buyer/account.jte", new AccountView("Ada", "ada@example.com",
                List.of(subscription("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "active", "Active", Optional.empty(), false)),
                List.of()));

        assertFalse(html.contains("<script>") || html.contains("<img"), html);
        assertTrue(html.contains(">&lt;script&gt;alert(1)&lt;/script&gt;</a>"), html);
        assertTrue(html.contains("<td>\"&gt;&lt;img src=x onerror=alert(1)&gt;</td>"), html);
        assertTrue(html.contains("<td>—</td>"), html);
    }

    @Test
    void aBuyerWithoutSubscriptionsIsToldWhereShopsOfferThem() {
        String html = Views.render("buyer/account.jte", new AccountView("Ada", "ada@example.com", List.of(), List.of()));

        assertTrue(html.contains("id=\"no-subscriptions\""), html);
        assertFalse(html.contains("id=\"subscriptions\""), html);
    }
}
