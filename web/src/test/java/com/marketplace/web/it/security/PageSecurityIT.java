package com.marketplace.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page session and what guards it: the cookie's flags, a new session id at sign-in, CSRF tokens
 * on every state-changing request that rides on the session or comes from a form, the refusal of
 * other sites' requests, and the same identity for the pages and the REST API.
 */
@ExtendWith(RunningMarketplace.class)
class PageSecurityIT {

    private static Registered seller;

    @BeforeAll
    static void aSeller() {
        seller = Sellers.register("DIRECT");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        PageClient browser = PageClient.forMarketplace();
        browser.get("/login");

        Page signedIn = browser.post("/login", "email", seller.email(), "password", seller.password());

        String cookie = setCookie(signedIn, "marketplace_session");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP in tests: Secure only behind HTTPS: " + cookie);
    }

    @Test
    void theAnonymousFormTokensCookieIsHttpOnlyAndSameSiteLax() {
        Page signIn = PageClient.forMarketplace().get("/login");

        String cookie = setCookie(signIn, "marketplace_csrf");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
    }

    @Test
    void lookingAtTheShopAndItsFormsCreatesNoSession() throws InterruptedException {
        long product = Shop.product(Shop.activeSeller("DIRECT"), 900, "eur", 3);
        PageClient visitor = PageClient.forMarketplace();

        for (String path : List.of("/", "/products/" + product, "/login", "/signup")) {
            Page page = visitor.get(path);
            assertEquals(200, page.status(), path + ": " + page.body());
            assertFalse(setCookieNamed(page, "marketplace_session").isPresent(), path + " created a session: " + page.headers());
        }
        assertTrue(visitor.sessionCookie().isEmpty());
    }

    @Test
    void signingInGivesANewSessionId() {
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(seller.email(), seller.password());
        browser.get("/");
        // Signing out leaves an anonymous session behind (it carries the "signed out" message).
        browser.post("/logout");
        String before = browser.sessionCookie().orElseThrow();

        Page signedIn = browser.signIn(seller.email(), seller.password());

        assertEquals(303, signedIn.status(), signedIn.body());
        assertNotEquals(before, browser.sessionCookie().orElseThrow(), "a session id seen before sign-in must not survive it");
    }

    @Test
    void theRestApiKnowsTheSellerSignedInOnThePages() {
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(seller.email(), seller.password());

        Page own = browser.send("GET", "/api/sellers/" + seller.id(), null, null);

        assertEquals(200, own.status(), own.body());
        assertTrue(own.body().contains(seller.email()), own.body());
    }

    @Test
    void aWrongPasswordOnTheSignInPageIs401AndSignsNobodyIn() {
        PageClient browser = PageClient.forMarketplace();

        Page refused = browser.signIn(seller.email(), "not the password at all");

        assertEquals(401, refused.status());
        assertTrue(refused.body().contains("Wrong email or password"), refused.body());
        assertEquals(401, browser.send("GET", "/api/sellers/" + seller.id(), null, null).status());
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedAndChangesNothing() {
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(seller.email(), seller.password());

        Page refused = browser.postWithoutToken("/logout");

        assertEquals(403, refused.status(), refused.body());
        assertEquals(200, browser.send("GET", "/api/sellers/" + seller.id(), null, null).status(), "still signed in");
    }

    @Test
    void anAnonymousFormPostWithAnotherVisitorsTokenIsRefused() {
        PageClient other = PageClient.forMarketplace();
        other.get("/login");
        PageClient visitor = PageClient.forMarketplace();
        visitor.get("/login");

        Page refused = visitor.postWithoutToken("/login", "_csrf", other.csrfToken(), "email", seller.email(), "password", seller.password());

        assertEquals(403, refused.status(), refused.body());
        assertTrue(visitor.sessionCookie().isEmpty(), "nobody was signed in");
    }

    @Test
    void anAnonymousTokenIsWorthNothingOnceSignedIn() {
        PageClient browser = PageClient.forMarketplace();
        browser.get("/login");
        String anonymousToken = browser.csrfToken();
        browser.post("/login", "email", seller.email(), "password", seller.password());

        Page refused = browser.postWithoutToken("/logout", "_csrf", anonymousToken);

        assertEquals(403, refused.status(), refused.body());
    }

    @Test
    void aFormPostWithAnotherSessionsTokenIsRefused() {
        PageClient other = PageClient.forMarketplace();
        other.get("/login");
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(seller.email(), seller.password());

        Page refused = browser.postWithoutToken("/logout", "_csrf", other.csrfToken());

        assertEquals(403, refused.status(), refused.body());
    }

    @Test
    void aJsonRequestRidingOnThePageSessionNeedsTheTokenHeader() {
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(seller.email(), seller.password());
        browser.get("/");
        String path = "/api/sellers/" + seller.id() + "/onboarding-link";

        Page withoutToken = browser.send("POST", path, "application/json", "{}");
        Page withToken = browser.send("POST", path, "application/json", "{}", "X-CSRF-Token", browser.csrfToken());

        assertEquals(403, withoutToken.status(), withoutToken.body());
        assertTrue(withoutToken.body().contains("\"error\":\"csrf_token_invalid\""), withoutToken.body());
        assertEquals(200, withToken.status(), withToken.body());
    }

    @Test
    void aRequestFromAnotherSiteIsRefusedEvenWithCredentials() {
        Reply refused = RunningMarketplace.api().request("POST", "/api/sellers/" + seller.id() + "/onboarding-link", "{}",
                "Authorization", seller.authorization(), "Origin", "https://attacker.example");

        assertEquals(403, refused.status(), refused.body());
        assertEquals("csrf_token_invalid", refused.json().getString("error"));
    }

    @Test
    void apiClientsWithoutASessionNeedNoToken() {
        Reply accepted = RunningMarketplace.api().request("POST", "/api/sellers/" + seller.id() + "/onboarding-link", "{}",
                "Authorization", seller.authorization());

        assertEquals(200, accepted.status(), accepted.body());
    }

    @Test
    void aCrossSiteStyleFormPostToTheApiNeedsAToken() {
        Page refused = PageClient.forMarketplace().postWithoutToken("/api/checkout", "productId", "1", "quantity", "1");

        assertEquals(403, refused.status(), refused.body());
    }

    @Test
    void signingOutEndsTheSession() {
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(seller.email(), seller.password());
        browser.get("/");

        Page signedOut = browser.post("/logout");

        assertEquals(303, signedOut.status(), signedOut.body());
        assertEquals(401, browser.send("GET", "/api/sellers/" + seller.id(), null, null).status());
    }

    @Test
    void everyPageAndApiAnswerCarriesTheSecurityHeaders() {
        PageClient browser = PageClient.forMarketplace();
        for (String path : List.of("/", "/login", "/signup", "/api/products", "/no-such-page", "/static/site.css")) {
            Page page = browser.get(path);
            String policy = page.header("Content-Security-Policy").orElseThrow(() -> new AssertionError(path + " has no CSP"));
            assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertTrue(policy.contains("script-src 'self'"), path + ": " + policy);
            assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(null), path);
            assertEquals("same-origin", page.header("Referrer-Policy").orElse(null), path);
            assertEquals("DENY", page.header("X-Frame-Options").orElse(null), path);
        }
    }

    private static String setCookie(Page page, String name) {
        return setCookieNamed(page, name).orElseThrow(() -> new AssertionError("no " + name + " cookie: " + page.headers()));
    }

    private static Optional<String> setCookieNamed(Page page, String name) {
        return page.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).filter(c -> c.startsWith(name + "=")).findFirst();
    }

    @Test
    void thePagesSaySandboxModeIsOn() {
        Page shop = PageClient.forMarketplace().get("/");

        assertEquals(200, shop.status());
        assertTrue(shop.body().contains("id=\"sandbox-banner\""), shop.body());
    }

    @Test
    void theFirstAdminIsStoredAsAPbkdf2HashNotAsThePassword() throws Exception {
        long hashed = Shop.longValue("SELECT COUNT(*) FROM admin_accounts WHERE email = ? AND password_hash LIKE 'PBKDF2WithHmacSHA512:210000:%'"
                + " AND password_hash NOT LIKE CONCAT('%', ?, '%')", RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD);

        assertEquals(1, hashed);
    }

    @Test
    void theAdminSignsInOnThePagesWithTheConfiguredCredentials() {
        PageClient browser = PageClient.forMarketplace();

        Page signedIn = browser.signIn(RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD);

        assertEquals(303, signedIn.status(), signedIn.body());
        assertEquals("/admin", signedIn.location());
        assertEquals(200, browser.send("GET", "/api/admin/fees", null, null).status());
    }
}
