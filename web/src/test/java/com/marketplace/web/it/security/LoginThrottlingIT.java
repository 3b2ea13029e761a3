package com.marketplace.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing is slowed per email without ever locking the owner out: after the limit (five
 * failures in the window) a wrong password is told to pause, the right one still signs in, on the
 * pages and over HTTP Basic alike. (The per-address limit, which does stop every attempt, is
 * proved with a low limit by {@code SecondInstanceIT}.)
 */
@ExtendWith(RunningMarketplace.class)
class LoginThrottlingIT {

    @Test
    void afterFiveWrongPasswordsTheRightOneStillSignsInOnThePage() {
        Registered seller = Sellers.register("DIRECT");
        PageClient browser = PageClient.forMarketplace();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, browser.signIn(seller.email(), "wrong password " + attempt).status());
        }

        Page signedIn = browser.signIn(seller.email(), seller.password());

        assertEquals(303, signedIn.status(), signedIn.body());
        assertEquals("/seller", signedIn.location());
    }

    @Test
    void afterFiveWrongPasswordsTheSellersApiIntegrationStillGets200() {
        Registered seller = Sellers.register("DIRECT");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, RunningMarketplace.api().get("/api/sellers/" + seller.id(), "Authorization", basic(seller.email(), "nope " + attempt)).status());
        }

        Reply own = RunningMarketplace.api().get("/api/sellers/" + seller.id(), "Authorization", seller.authorization());

        assertEquals(200, own.status(), own.body());
    }

    @Test
    void aSixthWrongPasswordIsToldToPauseOnThePage() {
        Registered seller = Sellers.register("DIRECT");
        PageClient browser = PageClient.forMarketplace();
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(seller.email(), "wrong password " + attempt);
        }

        Page slowedDown = browser.signIn(seller.email(), "wrong password 6");

        assertEquals(429, slowedDown.status(), slowedDown.body());
        assertEquals("1", slowedDown.header("Retry-After").orElse(null), "the first pause is a second, then it doubles");
        assertTrue(slowedDown.body().contains("Too many failed sign-ins"), slowedDown.body());
    }

    @Test
    void aSixthWrongPasswordOverHttpBasicIs429InJson() {
        Registered seller = Sellers.register("DIRECT");
        for (int attempt = 1; attempt <= 5; attempt++) {
            RunningMarketplace.api().get("/api/sellers/" + seller.id(), "Authorization", basic(seller.email(), "nope " + attempt));
        }

        Reply slowedDown = RunningMarketplace.api().get("/api/sellers/" + seller.id(), "Authorization", basic(seller.email(), "nope 6"));

        assertEquals(429, slowedDown.status(), slowedDown.body());
        assertEquals("too_many_sign_in_attempts", slowedDown.json().getString("error"));
    }

    @Test
    void anotherEmailIsNotSlowedBySomeoneElsesFailures() {
        Registered victim = Sellers.register("DIRECT");
        Registered bystander = Sellers.register("DIRECT");
        PageClient attacker = PageClient.forMarketplace();
        for (int attempt = 1; attempt <= 6; attempt++) {
            attacker.signIn(victim.email(), "guess " + attempt);
        }

        Page refused = PageClient.forMarketplace().signIn(bystander.email(), "a typo");

        assertEquals(401, refused.status(), refused.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
