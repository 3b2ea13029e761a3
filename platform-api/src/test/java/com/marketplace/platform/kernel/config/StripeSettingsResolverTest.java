package com.marketplace.platform.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StripeSettingsResolverTest {

    // Shaped like real keys so the masking is tested on realistic input; neither is a real key.
    private static final String TEST_KEY = "sk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
    private static final String LIVE_KEY = "sk_live_" + "51-not-a-real-key-".repeat(3);

    private final Map<String, String> config = new HashMap<>();

    private StripeSettings resolve() {
        return new StripeSettingsResolver(key -> Optional.ofNullable(config.get(key))).resolve(8080);
    }

    private InvalidConfigurationException refusal() {
        return assertThrows(InvalidConfigurationException.class, this::resolve);
    }

    @Test
    void noKeyAtAllMeansTheLocalSandbox() {
        StripeSettings settings = resolve();

        assertEquals(MarketplaceMode.SANDBOX, settings.mode());
        assertEquals(URI.create("http://127.0.0.1:8080/stripe-sandbox"), settings.apiBase());
    }

    @Test
    void theSandboxSignsWebhooksWithItsOwnSecretsUnlessConfigured() {
        StripeSettings defaults = resolve();
        config.put("STRIPE_WEBHOOK_SECRET", "whsec_configured");
        StripeSettings configured = resolve();

        assertEquals("whsec_sandbox_platform", defaults.webhookSecret().orElseThrow().reveal());
        assertEquals("whsec_sandbox_connect", defaults.connectWebhookSecret().orElseThrow().reveal());
        assertEquals("whsec_configured", configured.webhookSecret().orElseThrow().reveal());
    }

    @Test
    void testModeHasNoWebhookSecretUnlessConfigured() {
        config.put("STRIPE_SECRET_KEY", TEST_KEY);

        assertTrue(resolve().webhookSecret().isEmpty());
    }

    @Test
    void aTestKeyMeansStripeTestModeAgainstStripe() {
        config.put("STRIPE_SECRET_KEY", TEST_KEY);

        StripeSettings settings = resolve();

        assertEquals(MarketplaceMode.TEST, settings.mode());
        assertEquals(StripeSettingsResolver.STRIPE_API, settings.apiBase());
    }

    @Test
    void aLiveKeyWithWebhookSecretsAndAnHttpsAddressMeansLive() {
        liveConfiguration();

        assertEquals(MarketplaceMode.LIVE, resolve().mode());
    }

    @Test
    void liveModeRefusesAPlainHttpPublicBaseUrl() {
        liveConfiguration();
        config.put("PUBLIC_BASE_URL", "http://shop.example.com");

        String message = refusal().getMessage();

        assertTrue(message.contains("PUBLIC_BASE_URL") && message.contains("https://"), message);
        assertTrue(message.contains("'http://shop.example.com'"), "the refusal shows what it got: " + message);
    }

    @Test
    void liveModeRefusesToDefaultThePublicBaseUrlToLocalhost() {
        liveConfiguration();
        config.remove("PUBLIC_BASE_URL");

        assertTrue(refusal().getMessage().contains("PUBLIC_BASE_URL"));
    }

    @Test
    void liveModeRefusesAnHttpsSchemeWithoutAHost() {
        liveConfiguration();
        config.put("PUBLIC_BASE_URL", "https:/shop.example.com");

        assertTrue(refusal().getMessage().contains("PUBLIC_BASE_URL"));
    }

    @Test
    void testModeAcceptsAPlainHttpPublicBaseUrlForLocalWork() {
        config.put("STRIPE_SECRET_KEY", TEST_KEY);
        config.put("PUBLIC_BASE_URL", "http://localhost:8080");

        assertEquals(MarketplaceMode.TEST, resolve().mode());
    }

    @Test
    void sandboxModeWithATestKeyIsRefusedAsContradictory() {
        config.put("MARKETPLACE_MODE", "sandbox");
        config.put("STRIPE_SECRET_KEY", TEST_KEY);

        String message = refusal().getMessage();

        assertTrue(message.contains("MARKETPLACE_MODE=sandbox with a STRIPE_SECRET_KEY"), message);
        assertTrue(message.contains("MARKETPLACE_MODE=test"), "the refusal says what was probably meant: " + message);
        assertFalse(message.contains(TEST_KEY.substring(0, 8)), "more than 7 characters of the key shown: " + message);
    }

    @Test
    void sandboxModeWithARestrictedKeyIsRefusedToo() {
        config.put("MARKETPLACE_MODE", "sandbox");
        config.put("STRIPE_SECRET_KEY", "rk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz");

        assertTrue(refusal().getMessage().contains("MARKETPLACE_MODE=sandbox"));
    }

    @Test
    void explicitSandboxModeWithoutAKeyIsTheSandbox() {
        config.put("MARKETPLACE_MODE", "sandbox");

        assertEquals(MarketplaceMode.SANDBOX, resolve().mode());
    }

    private void liveConfiguration() {
        config.put("STRIPE_SECRET_KEY", LIVE_KEY);
        config.put("STRIPE_WEBHOOK_SECRET", "whsec_platform");
        config.put("STRIPE_CONNECT_WEBHOOK_SECRET", "whsec_connect");
        config.put("PUBLIC_BASE_URL", "https://shop.example.com");
    }

    @Test
    void liveModeWithATestKeyIsRefusedWithoutPrintingTheKey() {
        config.put("MARKETPLACE_MODE", "live");
        config.put("STRIPE_SECRET_KEY", TEST_KEY);

        String message = refusal().getMessage();

        assertTrue(message.contains("MARKETPLACE_MODE=live"), message);
        assertTrue(message.contains("test"), message);
        assertFalse(message.contains(TEST_KEY.substring(0, 8)), "more than 7 characters of the key shown: " + message);
    }

    @Test
    void testModeWithALiveKeyIsRefusedWithoutPrintingTheKey() {
        config.put("MARKETPLACE_MODE", "test");
        config.put("STRIPE_SECRET_KEY", LIVE_KEY);

        String message = refusal().getMessage();

        assertTrue(message.contains("MARKETPLACE_MODE=test"), message);
        assertFalse(message.contains(LIVE_KEY.substring(0, 8)), message);
    }

    @Test
    void aLiveKeyIsNeverSentToTheSandbox() {
        config.put("MARKETPLACE_MODE", "sandbox");
        config.put("STRIPE_SECRET_KEY", LIVE_KEY);

        assertTrue(refusal().getMessage().contains("sandbox"));
    }

    @Test
    void liveModeRefusesAnApiBaseOtherThanStripe() {
        config.put("STRIPE_SECRET_KEY", LIVE_KEY);
        config.put("STRIPE_WEBHOOK_SECRET", "whsec_platform");
        config.put("STRIPE_CONNECT_WEBHOOK_SECRET", "whsec_connect");
        config.put("STRIPE_API_BASE", "http://127.0.0.1:8080/stripe-sandbox");

        assertTrue(refusal().getMessage().contains("STRIPE_API_BASE"));
    }

    @Test
    void liveModeRefusesToRunWithoutWebhookSecrets() {
        config.put("STRIPE_SECRET_KEY", LIVE_KEY);

        assertTrue(refusal().getMessage().contains("STRIPE_WEBHOOK_SECRET"));
    }

    @Test
    void explicitTestModeWithoutAKeyIsRefused() {
        config.put("MARKETPLACE_MODE", "test");

        assertTrue(refusal().getMessage().contains("STRIPE_SECRET_KEY"));
    }

    @Test
    void anUnknownModeIsRefusedNamingTheAllowedValues() {
        config.put("MARKETPLACE_MODE", "production");

        String message = refusal().getMessage();

        assertTrue(message.contains("sandbox, test, live"), message);
    }

    @Test
    void aMalformedKeyIsRefusedShowingNothingOfIt() {
        config.put("STRIPE_SECRET_KEY", "hunter2-my-password");

        String message = refusal().getMessage();

        assertFalse(message.contains("hunter"), message);
    }

    @Test
    void aLivePublishableKeyOutsideLiveModeIsRefused() {
        config.put("STRIPE_SECRET_KEY", TEST_KEY);
        config.put("STRIPE_PUBLISHABLE_KEY", "pk_live_abc");

        assertTrue(refusal().getMessage().contains("STRIPE_PUBLISHABLE_KEY"));
    }

    @Test
    void theResolvedSettingsNeverPrintASecret() {
        config.put("STRIPE_SECRET_KEY", TEST_KEY);
        config.put("STRIPE_WEBHOOK_SECRET", "whsec_" + "verysecret-signing-value");

        StripeSettings settings = resolve();

        assertFalse(settings.toString().contains(TEST_KEY.substring(0, 8)), settings.toString());
        assertFalse(settings.toString().contains("verysecret"), settings.toString());
        assertFalse(settings.describe().contains(TEST_KEY.substring(0, 8)), settings.describe());
    }
}
