package com.marketplace.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.it.support.ApiClient.Reply;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Sellers.Registered;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Password guessing is slowed per email: five failures in the window lock the email for a while. */
@ExtendWith(RunningMarketplace.class)
class LoginThrottlingIT {

    @Test
    void fiveWrongPasswordsLockTheEmailEvenAgainstTheRightPassword() {
        Registered seller = Sellers.register("DIRECT");
        PageClient browser = PageClient.forMarketplace();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, browser.signIn(seller.email(), "wrong password " + attempt).status());
        }

        Page locked = browser.signIn(seller.email(), seller.password());

        assertEquals(429, locked.status(), locked.body());
        assertTrue(locked.header("Retry-After").isPresent(), "says when to try again");
        assertTrue(locked.body().contains("Too many failed sign-ins"), locked.body());
    }

    @Test
    void theLockAppliesToHttpBasicToo() {
        Registered seller = Sellers.register("DIRECT");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, RunningMarketplace.api().get("/api/sellers/" + seller.id(), "Authorization", basic(seller.email(), "nope " + attempt)).status());
        }

        Reply locked = RunningMarketplace.api().get("/api/sellers/" + seller.id(), "Authorization", seller.authorization());

        assertEquals(429, locked.status(), locked.body());
        assertEquals("too_many_sign_in_attempts", locked.json().getString("error"));
    }

    @Test
    void anotherEmailIsNotLockedBySomeoneElsesFailures() {
        Registered victim = Sellers.register("DIRECT");
        Registered bystander = Sellers.register("DIRECT");
        PageClient attacker = PageClient.forMarketplace();
        for (int attempt = 1; attempt <= 5; attempt++) {
            attacker.signIn(victim.email(), "guess " + attempt);
        }

        Page signedIn = PageClient.forMarketplace().signIn(bystander.email(), bystander.password());

        assertEquals(303, signedIn.status(), signedIn.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
