package com.marketplace.web.pages.buyer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One of a buyer's subscriptions, rendered from its template without a container. */
class SubscriptionTemplateTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";

    private static SubscriptionView view(String statusCode, String status, boolean cancelAtPeriodEnd, boolean pastDue, boolean processing,
                                         Optional<String> problem, boolean running, List<SubscriptionView.PlanOption> options) {
        return new SubscriptionView(7, "Monthly box", "Journey Pottery", 3, "€20.00 / month", statusCode, status, cancelAtPeriodEnd,
                List.of(new SubscriptionView.Fact("Subscribed on", "1 Dec 2026"), new SubscriptionView.Fact("Trial ends", "15 Dec 2026")),
                pastDue, processing, problem, running, options, "tok");
    }

    private static SubscriptionView trialing() {
        return view("trialing", "Free trial", false, false, false, Optional.empty(), true,
                List.of(new SubscriptionView.PlanOption(9, "Yearly box — €200.00 / year")));
    }

    @Test
    void aRunningSubscriptionShowsItsTermsAndEveryActionEachPostingHereWithTheCsrfToken() {
        String html = Views.render("buyer/subscription.jte", trialing());

        assertTrue(html.contains("<section id=\"subscription\" data-subscription-id=\"7\" data-status=\"trialing\" data-cancel-at-period-end=\"false\">"), html);
        assertTrue(html.contains("<dd><span class=\"status status-trialing\" id=\"subscription-status\">Free trial</span></dd>"), html);
        assertTrue(html.contains("<dt>Trial ends</dt><dd>15 Dec 2026</dd>"), html);
        assertTrue(html.contains("<dd><a href=\"/shops/3\">Journey Pottery</a></dd>"), html);
        for (String action : List.of("portal", "change-plan", "cancel-at-period-end", "cancel-now")) {
            assertTrue(html.contains("action=\"/account/subscriptions/7\" id=\"" + action + "-form\"")
                    || html.contains("action=\"/account/subscriptions/7\" class=\"row\" id=\"" + action + "-form\""), action + ": " + html);
            assertTrue(html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"tok\"><input type=\"hidden\" name=\"action\" value=\"" + action + "\">"),
                    action + ": " + html);
        }
        assertTrue(html.contains("<option value=\"9\">Yearly box — €200.00 / year</option>"), html);
        assertFalse(html.contains("http-equiv=\"refresh\""), html);
        assertFalse(html.contains("id=\"problem\""), html);
    }

    @Test
    void aSubscriptionEndingAtThePeriodsEndNoLongerOffersThatButStillCancelsNow() {
        String html = Views.render("buyer/subscription.jte", view("active", "Active", true, false, false, Optional.empty(), true, List.of()));

        assertTrue(html.contains("data-cancel-at-period-end=\"true\""), html);
        assertTrue(html.contains("<p class=\"notice\" role=\"status\" id=\"ending\">Cancelled: it ends at the end of the current period"), html);
        assertFalse(html.contains("id=\"cancel-at-period-end\""), html);
        assertTrue(html.contains("id=\"cancel-now\""), html);
        assertFalse(html.contains("id=\"change-plan-form\""), html);
    }

    @Test
    void anEndedSubscriptionOffersNoAction() {
        String html = Views.render("buyer/subscription.jte", view("canceled", "Cancelled", false, false, false, Optional.empty(), false, List.of()));

        assertFalse(html.contains("<form"), html);
        assertTrue(html.contains("<a href=\"/account\">Back to your account</a>"), html);
    }

    @Test
    void aPastDueSubscriptionWarnsThatThePaymentFailed() {
        String html = Views.render("buyer/subscription.jte", view("past_due", "Payment failed", false, true, false, Optional.empty(), true, List.of()));

        assertTrue(html.contains("<p class=\"problem\" role=\"alert\" id=\"past-due\"><strong>Payment failed — update your card</strong>"), html);
    }

    @Test
    void aCheckoutStillProcessingSaysSoAndLooksAgain() {
        String html = Views.render("buyer/subscription.jte",
                view("pending_checkout", "Waiting for checkout", false, false, true, Optional.empty(), false, List.of()));

        assertTrue(html.contains("<meta http-equiv=\"refresh\" content=\"3\">"), html);
        assertTrue(html.contains("id=\"processing\""), html);
    }

    @Test
    void aRefusedActionIsSaidOnThePage() {
        String html = Views.render("buyer/subscription.jte", view("active", "Active", false, false, false,
                Optional.of("This plan cannot be chosen: " + HOSTILE), true, List.of()));

        assertTrue(html.contains("<p class=\"problem\" role=\"alert\" id=\"problem\">This plan cannot be chosen: \"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"), html);
    }

    @Test
    void hostileNamesAreShownAsText() {
        SubscriptionView hostile = new SubscriptionView(7, HOSTILE, HOSTILE, 3, "€20.00 / month", "active", "Active", false, List.of(),
                false, false, Optional.empty(), true, List.of(new SubscriptionView.PlanOption(9, HOSTILE)), "t\"ok");

        String html = Views.render("buyer/subscription.jte", hostile);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<dd id=\"subscription-plan\">\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</dd>"), html);
        assertTrue(html.contains("<option value=\"9\">\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>"), html);
        assertTrue(html.contains("value=\"t&#34;ok\""), html);
    }
}
