package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.MarketplaceProcess;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mode rules hold for the real process: it stops rather than run live money on a test key. */
class StartupRefusalIT {

    // Shaped like a real key (so a leak would be recognisable); it is not one.
    private static final String TEST_KEY = "sk_test_51QpLmNoTaRealKeyJustTheShapeOfOne00000000";

    @Test
    void liveModeWithATestKeyStopsTheProcessNamingTheProblemButNotTheKey() throws Exception {
        try (MarketplaceProcess marketplace = MarketplaceProcess.start("refused-live-with-test-key", Map.of(
                "MARKETPLACE_MODE", "live",
                "STRIPE_SECRET_KEY", TEST_KEY,
                "STRIPE_WEBHOOK_SECRET", "whsec_" + "notarealsecret" + "-platform",
                "STRIPE_CONNECT_WEBHOOK_SECRET", "whsec_" + "notarealsecret" + "-connect"))) {

            Integer exitStatus = marketplace.awaitExit(Duration.ofSeconds(150));

            String output = marketplace.output();
            assertEquals(Integer.valueOf(2), exitStatus, "the process must stop by itself with status 2; its log:\n" + output);
            assertTrue(output.contains("refuses to start: MARKETPLACE_MODE=live with a test STRIPE_SECRET_KEY"), output);
            assertFalse(output.contains(TEST_KEY.substring(0, 8)), "more than 7 characters of the key were printed");
            assertFalse(output.contains("notarealsecret"), "a webhook secret was printed");
        }
    }

    @Test
    void testModeWithAShortAdminPasswordStopsTheProcessWithoutPrintingThePassword() throws Exception {
        try (MarketplaceProcess marketplace = MarketplaceProcess.start("refused-short-admin-password", Map.of(
                "STRIPE_SECRET_KEY", TEST_KEY,
                "ADMIN_EMAIL", "admin@shop.example",
                // Eleven characters: enough for the sandbox on a laptop, not for real Stripe.
                "ADMIN_PASSWORD", "Sh0rt-pass!"))) {

            Integer exitStatus = marketplace.awaitExit(Duration.ofSeconds(150));

            String output = marketplace.output();
            assertEquals(Integer.valueOf(2), exitStatus, "the process must stop by itself with status 2; its log:\n" + output);
            assertTrue(output.contains("refuses to start: ADMIN_PASSWORD must have at least 12 characters in test mode"), output);
            assertFalse(output.contains("Sh0rt-pass!"), "the password was printed");
        }
    }
}
