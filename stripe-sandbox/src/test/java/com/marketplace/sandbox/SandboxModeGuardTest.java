package com.marketplace.sandbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sandbox decides whether it may run by the marketplace's own mode rules. */
class SandboxModeGuardTest {

    private static final String TEST_KEY = "sk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

    private static void guard(Map<String, String> config) {
        SandboxModeGuard.requireSandboxMode(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void runsWithNoKeyAtAll() {
        assertDoesNotThrow(() -> guard(Map.of()));
    }

    @Test
    void refusesNextToATestModeMarketplaceNamingTheMode() {
        RuntimeException refusal = assertThrows(SandboxModeGuard.SandboxRefused.class, () -> guard(Map.of("STRIPE_SECRET_KEY", TEST_KEY)));

        assertTrue(refusal.getMessage().startsWith("Stripe sandbox refuses to start: the marketplace runs in test mode"), refusal.getMessage());
        assertFalse(refusal.getMessage().contains(TEST_KEY.substring(0, 8)), refusal.getMessage());
    }

    @Test
    void refusesWhenTheModeIsSetWithoutAKeyInTheEnvironment() {
        // MARKETPLACE_MODE=test without a key is itself refused by the marketplace: the sandbox never runs then either.
        assertThrows(SandboxModeGuard.SandboxRefused.class, () -> guard(Map.of("MARKETPLACE_MODE", "test")));
    }

    @Test
    void refusesAContradictorySandboxModeWithAKey() {
        assertThrows(SandboxModeGuard.SandboxRefused.class,
                () -> guard(Map.of("MARKETPLACE_MODE", "sandbox", "STRIPE_SECRET_KEY", TEST_KEY)));
    }
}
