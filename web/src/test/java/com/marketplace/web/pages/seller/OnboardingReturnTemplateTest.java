package com.marketplace.web.pages.seller;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page Stripe's onboarding returns a seller to, rendered from its templates without a container. */
class OnboardingReturnTemplateTest {

    @Test
    void aSellerWithDetailsStillDueSeesThemAndALinkToContinue() {
        String html = Views.render("seller/onboardingReturn.jte", new OnboardingReturnView("RESTRICTED", "Restricted",
                Optional.of("Stripe needs a <document>"), List.of("Your ID"), Optional.of("https://connect.example/setup/s/acct_1?a=1&b=2")));

        assertTrue(html.contains("<p id=\"onboarding-status\" data-status=\"RESTRICTED\"><strong>Restricted</strong></p>"), html);
        assertTrue(html.contains("<p>Stripe needs a &lt;document&gt;</p>"), html);
        assertTrue(html.contains("<ul id=\"still-to-do\"><li>Your ID</li></ul>"), html);
        assertTrue(html.contains("<a id=\"continue-onboarding\" href=\"https://connect.example/setup/s/acct_1?a=1&amp;b=2\">"), html);
    }

    @Test
    void anActiveSellerIsSentToTheirDashboardWithNothingLeftToDo() {
        String html = Views.render("seller/onboardingReturn.jte", new OnboardingReturnView("ACTIVE", "Ready to sell", Optional.empty(),
                List.of(), Optional.empty()));

        assertFalse(html.contains("continue-onboarding") || html.contains("still-to-do"), html);
        assertTrue(html.contains("<a id=\"back-to-dashboard\" href=\"/seller\">"), html);
    }

    @Test
    void aSpentLinkSaysWhyAndLeadsToSignInThenBackForAFreshLink() {
        String html = Views.render("seller/onboardingLinkSpent.jte", "This onboarding link has <expired>.");

        assertTrue(html.contains("<p id=\"link-spent\">This onboarding link has &lt;expired&gt;.</p>"), html);
        assertTrue(html.contains("<a id=\"sign-in-to-continue\" href=\"/login?next=%2Fsellers%2Fonboarding%2Frefresh\">"), html);
        assertFalse(html.contains("data-status="), html);
    }
}
