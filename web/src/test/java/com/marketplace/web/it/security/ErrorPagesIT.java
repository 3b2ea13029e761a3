package com.marketplace.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.handlers.FailingPageProbe;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refusals and failures are answered with the marketplace's own pages, and those pages keep the
 * security headers: an error page is a page too, and the one an attacker can make appear at will.
 */
@ExtendWith(RunningMarketplace.class)
class ErrorPagesIT {

    @Test
    void aProductThatIsNotOnSaleIsTheMarketplacesNotFoundPageWithTheSecurityHeaders() {
        Page page = PageClient.forMarketplace().get("/products/999999999");

        assertEquals(404, page.status(), page.body());
        assertTrue(page.body().contains("This product is not on sale."), page.body());
        assertMarketplacePageWithSecurityHeaders(page);
    }

    @Test
    void aSellerOnAnAdminPageIsTheNotAllowedPageWithTheSecurityHeaders() {
        Registered seller = Sellers.register("DIRECT");
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(seller.email(), seller.password());

        Page page = browser.get("/admin/fees");

        assertEquals(403, page.status(), page.body());
        assertMarketplacePageWithSecurityHeaders(page);
    }

    @Test
    void aPageThatFailsUnexpectedlyIsTheIncidentPageWithTheSecurityHeadersAndNothingOfTheFailure() {
        Page page = PageClient.forMarketplace().get("/it/failing-page");

        assertEquals(500, page.status(), page.body());
        assertTrue(page.body().contains("incident number"), page.body());
        assertFalse(page.body().contains("probe-secret"), "the exception's message reached the page: " + page.body());
        assertFalse(page.header("X-Probe-Half-Done").isPresent(), "what the failed page had set is gone");
        assertMarketplacePageWithSecurityHeaders(page);
    }

    @Test
    void aFailureOutsideThePagesIsStillTheMarketplacesIncidentPageNotTheServersOwn() {
        Page page = PageClient.forMarketplace().get("/it/failing-servlet");

        assertEquals(500, page.status(), page.body());
        assertTrue(page.body().contains("incident number"), page.body());
        assertFalse(page.body().contains(FailingPageProbe.SECRET_IN_MESSAGE), page.body());
        assertMarketplacePageWithSecurityHeaders(page);
    }

    @Test
    void anUnknownAddressIsTheMarketplacesNotFoundPageNotTheServersOwn() {
        Page page = PageClient.forMarketplace().get("/no-such-page/at/all");

        assertEquals(404, page.status(), page.body());
        assertTrue(page.body().contains("There is no such page."), page.body());
        assertMarketplacePageWithSecurityHeaders(page);
    }

    private static void assertMarketplacePageWithSecurityHeaders(Page page) {
        assertTrue(page.body().contains("<link rel=\"stylesheet\" href=\"/static/site.css\">"), "not the marketplace's page: " + page.body());
        assertFalse(page.body().contains("Payara"), "the server's own error page: " + page.body());
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        String policy = page.header("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP: " + page.headers()));
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("DENY", page.header("X-Frame-Options").orElse(null), page.headers().toString());
        assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(null), page.headers().toString());
        assertEquals("same-origin", page.header("Referrer-Policy").orElse(null), page.headers().toString());
        assertEquals("no-store", page.header("Cache-Control").orElse(null), page.headers().toString());
    }
}
