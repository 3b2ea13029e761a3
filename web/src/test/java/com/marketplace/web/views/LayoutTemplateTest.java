package com.marketplace.web.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.LayoutView.NavLink;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The frame around every page, rendered from its template without a container. */
class LayoutTemplateTest {

    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    private static String page(LayoutView frame) {
        return Views.page(frame, output -> output.writeContent("<p id=\"body\">the page</p>"));
    }

    private static LayoutView anonymous(String title, boolean sandbox, Optional<String> flash) {
        return new LayoutView(title, sandbox, List.of(new NavLink("/", "Shop"), new NavLink("/login", "Sign in")), Optional.empty(), flash);
    }

    @Test
    void aTitleWithMarkupIsShownAsTextInTheTitleAndTheHeading() {
        String html = page(anonymous(HOSTILE, false, Optional.empty()));

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("<title>&lt;script&gt;alert("), html);
        assertTrue(html.contains("<h1>&lt;script&gt;alert("), html);
    }

    @Test
    void aFlashMessageWithMarkupIsShownAsText() {
        String html = page(anonymous("Shop", false, Optional.of(HOSTILE)));

        assertTrue(html.contains("<p class=\"flash\" role=\"status\" id=\"flash\">&lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void thePageContentSitsInsideMainAfterTheHeading() {
        String html = page(anonymous("Shop", false, Optional.empty()));

        assertTrue(html.indexOf("<h1>Shop</h1>") < html.indexOf("<p id=\"body\">the page</p>"), html);
        assertTrue(html.indexOf("<p id=\"body\">the page</p>") < html.indexOf("</main>"), html);
    }

    @Test
    void theSandboxBannerShowsOnlyInSandboxMode() {
        assertTrue(page(anonymous("Shop", true, Optional.empty())).contains("id=\"sandbox-banner\""));
        assertFalse(page(anonymous("Shop", false, Optional.empty())).contains("sandbox-banner"));
    }

    @Test
    void aSignedInVisitorGetsASignOutFormCarryingTheirCsrfTokenInsideItsAttribute() {
        LayoutView signedIn = new LayoutView("Dashboard", false, List.of(new NavLink("/seller", "Dashboard")),
                Optional.of("tok\"en<>"), Optional.empty());

        String html = page(signedIn);

        assertTrue(html.contains("action=\"/logout\""), html);
        assertTrue(html.contains("name=\"_csrf\" value=\"tok&#34;en&lt;>\""), html);
    }

    @Test
    void anAnonymousVisitorHasNoSignOutForm() {
        assertFalse(page(anonymous("Shop", false, Optional.empty())).contains("/logout"));
    }

    @Test
    void navigationLabelsAreEscaped() {
        LayoutView frame = new LayoutView("Shop", false, List.of(new NavLink("/", HOSTILE)), Optional.empty(), Optional.empty());

        String html = page(frame);

        assertTrue(html.contains("<li><a href=\"/\">&lt;script&gt;"), html);
    }

    @Test
    void aNavigationLinkCannotLeadToAScriptOrAnotherSite() {
        assertThrows(IllegalArgumentException.class, () -> new NavLink("javascript:alert(1)", "Shop"));
        assertThrows(IllegalArgumentException.class, () -> new NavLink("//evil.example/", "Shop"));
        assertThrows(IllegalArgumentException.class, () -> new NavLink("https://evil.example/", "Shop"));
        assertEquals("/seller", new NavLink("/seller", "Dashboard").href());
    }

    private static LayoutView admin(List<String> openAlerts) {
        return new LayoutView("Overview", false, List.of(new NavLink("/admin", "Overview")), Optional.of("tok"), Optional.empty(), openAlerts);
    }

    @Test
    void openAlertsAreListedInABannerAboveThePageAsText() {
        String html = page(admin(List.of("PLN payments: 0 of 3 succeeded", HOSTILE)));

        assertTrue(html.contains("<section class=\"alert-banner\" id=\"alert-banner\" aria-labelledby=\"alert-banner-title\">"
                + "<h2 id=\"alert-banner-title\">2 open alerts</h2>"), html);
        assertTrue(html.contains("<li>PLN payments: 0 of 3 succeeded</li>"), html);
        assertFalse(html.contains("<script>") || html.contains("<img"), html);
        assertTrue(html.indexOf("alert-banner") < html.indexOf("<main"), "the banner comes before the page's content");
    }

    @Test
    void oneOpenAlertIsCountedInTheSingular() {
        assertTrue(page(admin(List.of("1 webhook event(s) failed every retry"))).contains("<h2 id=\"alert-banner-title\">1 open alert</h2>"));
    }

    @Test
    void withoutOpenAlertsThereIsNoBanner() {
        assertFalse(page(admin(List.of())).contains("alert-banner"));
    }

    @Test
    void aSellerWhoseLastPayoutFailedSeesTheBannerWithTheReasonAsTextAndTheWayToFixIt() {
        String html = page(new LayoutView("Dashboard", false, List.of(new NavLink("/seller", "Dashboard")), Optional.of("tok"), Optional.empty(),
                List.of(), Optional.of("Stripe says: " + HOSTILE)));

        assertTrue(html.contains("id=\"payout-failed-banner\""), html);
        assertTrue(html.contains("<a href=\"/seller\">Fix your bank account</a>"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void noPayoutWarningNoBanner() {
        assertFalse(page(admin(List.of())).contains("payout-failed-banner"));
    }
}
