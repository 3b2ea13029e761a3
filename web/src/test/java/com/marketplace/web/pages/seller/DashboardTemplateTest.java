package com.marketplace.web.pages.seller;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A seller's home page, rendered from its template without a container. */
class DashboardTemplateTest {

    private static DashboardView pending(String shopName, List<String> toDo) {
        return new DashboardView("tok", shopName, "PENDING", "Onboarding not finished", Optional.empty(), toDo, true, false);
    }

    @Test
    void aShopNameWithMarkupIsShownAsText() {
        String html = Views.render("seller/dashboard.jte", pending("<img src=x onerror=alert(1)>", List.of()));

        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("<strong id=\"shop-name\">&lt;img src=x onerror=alert(1)&gt;</strong>"), html);
    }

    @Test
    void theStatusIsNamedForScriptsAndWordedForPeople() {
        String html = Views.render("seller/dashboard.jte", pending("Shop", List.of()));

        assertTrue(html.contains("<p id=\"onboarding-status\" data-status=\"PENDING\"><strong>Onboarding not finished</strong></p>"), html);
    }

    @Test
    void whatStripeStillAsksIsListed() {
        String html = Views.render("seller/dashboard.jte", pending("Shop", List.of("Your bank account", "Your <date> of birth")));

        assertTrue(html.contains("<ul id=\"still-to-do\">"), html);
        assertTrue(html.contains("<li>Your bank account</li>"), html);
        assertTrue(html.contains("<li>Your &lt;date&gt; of birth</li>"), html);
    }

    @Test
    void nothingLeftToDoShowsNoList() {
        assertFalse(Views.render("seller/dashboard.jte", pending("Shop", List.of())).contains("still-to-do"));
    }

    @Test
    void aPendingSellerMayContinueOnboardingWithTheFormsCsrfToken() {
        String html = Views.render("seller/dashboard.jte", pending("Shop", List.of()));

        assertTrue(html.contains("<form method=\"post\" action=\"/seller/onboarding-link\" class=\"inline\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
        assertFalse(html.contains("open-dashboard"), html);
    }

    @Test
    void anActiveSellerOpensTheirStripeDashboardAndHasNoOnboardingLeft() {
        DashboardView active = new DashboardView("tok", "Shop", "ACTIVE", "Ready to sell", Optional.empty(), List.of(), false, true);

        String html = Views.render("seller/dashboard.jte", active);

        assertTrue(html.contains("id=\"open-dashboard\""), html);
        assertFalse(html.contains("continue-onboarding"), html);
    }

    @Test
    void aDisabledReasonIsShownAsANotice() {
        DashboardView restricted = new DashboardView("tok", "Shop", "RESTRICTED", "Restricted", Optional.of("Stripe needs more <details>"),
                List.of(), true, true);

        assertTrue(Views.render("seller/dashboard.jte", restricted)
                .contains("<p class=\"notice\" id=\"disabled-reason\">Stripe needs more &lt;details&gt;</p>"));
    }

    @Test
    void aPausedSellerIsToldWhyAndByWhenTheRequirementsAreDue() {
        DashboardView paused = new DashboardView("tok", "Shop", "RESTRICTED", "Restricted", Optional.empty(),
                List.of("Bank account"), true, true, Optional.of("Stripe requirements are past due (external_account)"),
                Optional.of("2030-01-15 10:00 UTC"), Optional.empty());

        String html = Views.render("seller/dashboard.jte", paused);

        assertTrue(html.contains("id=\"paused\"") && html.contains("past due (external_account)"), html);
        assertTrue(html.contains("<span id=\"due-by\">by 2030-01-15 10:00 UTC</span>"), html);
    }
}
