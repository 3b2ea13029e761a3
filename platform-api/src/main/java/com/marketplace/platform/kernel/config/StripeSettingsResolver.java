package com.marketplace.platform.kernel.config;

import static com.marketplace.platform.kernel.config.ConfigKeys.MARKETPLACE_MODE;
import static com.marketplace.platform.kernel.config.ConfigKeys.PUBLIC_BASE_URL;
import static com.marketplace.platform.kernel.config.ConfigKeys.STRIPE_API_BASE;
import static com.marketplace.platform.kernel.config.ConfigKeys.STRIPE_CONNECT_WEBHOOK_SECRET;
import static com.marketplace.platform.kernel.config.ConfigKeys.STRIPE_PUBLISHABLE_KEY;
import static com.marketplace.platform.kernel.config.ConfigKeys.STRIPE_SECRET_KEY;
import static com.marketplace.platform.kernel.config.ConfigKeys.STRIPE_WEBHOOK_SECRET;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * The mode rules. No key means the local sandbox; an {@code sk_test_} key means Stripe test mode;
 * an {@code sk_live_} key means live. An explicit {@code MARKETPLACE_MODE} must agree with the
 * key: live money with a test key, a live key in test mode, any key in sandbox mode, or live
 * requests to anything but Stripe are refused before the application serves a request; live also
 * needs both webhook secrets and an https {@code PUBLIC_BASE_URL}. Refusals name the key and the
 * problem and show at most a key's 7-character prefix. The Stripe sandbox war applies the same
 * rules to decide whether it may run at all, and so does {@code bin/run} (see {@link ModeCommand}).
 */
public final class StripeSettingsResolver {

    public static final URI STRIPE_API = URI.create("https://api.stripe.com");
    /** Not a secret: the sandbox accepts any well-formed test key, and this one only works there. */
    static final String SANDBOX_SECRET_KEY = "sk_test_sandbox";
    static final String SANDBOX_PATH = "/stripe-sandbox";
    /**
     * The signing secrets the sandbox uses when none are configured (its WebhookEndpoints holds the
     * same two values): public on purpose, because sandbox mode moves no money.
     */
    static final String SANDBOX_WEBHOOK_SECRET = "whsec_sandbox_platform";
    static final String SANDBOX_CONNECT_WEBHOOK_SECRET = "whsec_sandbox_connect";

    private final Function<String, Optional<String>> lookup;

    public StripeSettingsResolver(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    public StripeSettings resolve(int port) {
        Optional<MarketplaceMode> requested = value(MARKETPLACE_MODE).map(StripeSettingsResolver::parseMode);
        Optional<String> key = value(STRIPE_SECRET_KEY);
        KeyKind keyKind = key.map(StripeSettingsResolver::kindOf).orElse(KeyKind.NONE);
        MarketplaceMode mode = requested.orElse(keyKind.impliedMode());

        switch (mode) {
            // A real key next to the sandbox is a contradiction: the sandbox needs none, and would
            // deploy unauthenticated test helpers next to a marketplace that holds a real one.
            case SANDBOX -> refuseIf(keyKind != KeyKind.NONE,
                    "MARKETPLACE_MODE=sandbox with a STRIPE_SECRET_KEY (" + prefix(key) + "): the sandbox needs no key and a real key"
                            + " is never sent to it; remove the key, or set MARKETPLACE_MODE=" + keyKind.impliedMode().configValue());
            case TEST -> {
                refuseIf(keyKind == KeyKind.NONE, "MARKETPLACE_MODE=test needs STRIPE_SECRET_KEY (an sk_test_ key)");
                refuseIf(keyKind == KeyKind.LIVE,
                        "MARKETPLACE_MODE=test with a live STRIPE_SECRET_KEY (" + prefix(key) + "): use an sk_test_ key, or MARKETPLACE_MODE=live");
            }
            case LIVE -> {
                refuseIf(keyKind == KeyKind.NONE, "MARKETPLACE_MODE=live needs STRIPE_SECRET_KEY (an sk_live_ key)");
                refuseIf(keyKind == KeyKind.TEST,
                        "MARKETPLACE_MODE=live with a test STRIPE_SECRET_KEY (" + prefix(key) + "): use an sk_live_ key, or MARKETPLACE_MODE=test");
            }
        }

        URI apiBase = apiBase(mode, port);
        Optional<String> publishableKey = value(STRIPE_PUBLISHABLE_KEY);
        publishableKey.ifPresent(pk -> checkPublishableKey(pk, mode));
        Optional<Secret> webhookSecret = value(STRIPE_WEBHOOK_SECRET).map(Secret::of);
        Optional<Secret> connectWebhookSecret = value(STRIPE_CONNECT_WEBHOOK_SECRET).map(Secret::of);
        if (mode == MarketplaceMode.SANDBOX) {
            webhookSecret = webhookSecret.or(() -> Optional.of(Secret.of(SANDBOX_WEBHOOK_SECRET)));
            connectWebhookSecret = connectWebhookSecret.or(() -> Optional.of(Secret.of(SANDBOX_CONNECT_WEBHOOK_SECRET)));
        }
        if (mode == MarketplaceMode.LIVE) {
            refuseIf(webhookSecret.isEmpty() || connectWebhookSecret.isEmpty(),
                    "MARKETPLACE_MODE=live needs STRIPE_WEBHOOK_SECRET and STRIPE_CONNECT_WEBHOOK_SECRET: unverifiable webhooks are never accepted");
            checkLivePublicBaseUrl();
        }
        Secret secretKey = Secret.of(key.orElse(SANDBOX_SECRET_KEY));
        return new StripeSettings(mode, secretKey, publishableKey, webhookSecret, connectWebhookSecret, apiBase);
    }

    private URI apiBase(MarketplaceMode mode, int port) {
        Optional<URI> configured = value(STRIPE_API_BASE).map(StripeSettingsResolver::parseUri);
        if (mode == MarketplaceMode.LIVE) {
            refuseIf(configured.isPresent() && !configured.get().equals(STRIPE_API),
                    "MARKETPLACE_MODE=live with STRIPE_API_BASE=" + configured.orElse(STRIPE_API) + ": live requests go to " + STRIPE_API + " only");
            return STRIPE_API;
        }
        if (mode == MarketplaceMode.SANDBOX) {
            return configured.orElse(URI.create("http://127.0.0.1:" + port + SANDBOX_PATH));
        }
        return configured.orElse(STRIPE_API);
    }

    // Sign-in cookies, CSRF tokens and Stripe's return URLs (with their onboarding tokens) travel
    // over this address: in live mode it must be TLS, never a plain-http or defaulted localhost URL.
    private void checkLivePublicBaseUrl() {
        Optional<String> configured = value(PUBLIC_BASE_URL);
        boolean https = configured.map(StripeSettingsResolver::isHttpsUrl).orElse(false);
        refuseIf(!https, "MARKETPLACE_MODE=live needs PUBLIC_BASE_URL to be the https:// address buyers and sellers reach (got "
                + configured.map(url -> "'" + url + "'").orElse("none") + "): sign-in cookies and Stripe's return URLs travel over it");
    }

    private static boolean isHttpsUrl(String value) {
        try {
            URI uri = URI.create(value.trim());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void checkPublishableKey(String publishableKey, MarketplaceMode mode) {
        boolean live = publishableKey.startsWith("pk_live_");
        boolean test = publishableKey.startsWith("pk_test_");
        refuseIf(!live && !test, "STRIPE_PUBLISHABLE_KEY must start with pk_test_ or pk_live_");
        refuseIf(live && mode != MarketplaceMode.LIVE,
                "STRIPE_PUBLISHABLE_KEY is a live key (pk_live_) but the mode is " + mode.configValue());
        refuseIf(test && mode == MarketplaceMode.LIVE,
                "STRIPE_PUBLISHABLE_KEY is a test key (pk_test_) but the mode is live");
    }

    private static MarketplaceMode parseMode(String value) {
        return MarketplaceMode.parse(value).orElseThrow(() -> new InvalidConfigurationException(
                "MARKETPLACE_MODE must be one of sandbox, test, live; got '" + value.trim() + "'"));
    }

    private static URI parseUri(String value) {
        try {
            URI uri = URI.create(value.trim().replaceAll("/+$", ""));
            refuseIf(uri.getScheme() == null || uri.getHost() == null, "STRIPE_API_BASE must be an absolute http(s) URL");
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("STRIPE_API_BASE must be an absolute http(s) URL");
        }
    }

    private static KeyKind kindOf(String key) {
        if (key.startsWith("sk_test_") || key.startsWith("rk_test_")) {
            return KeyKind.TEST;
        }
        if (key.startsWith("sk_live_") || key.startsWith("rk_live_")) {
            return KeyKind.LIVE;
        }
        // Nothing of a malformed value is shown: it may be a password pasted into the wrong variable.
        throw new InvalidConfigurationException(
                "STRIPE_SECRET_KEY is not a Stripe secret key: expected one starting sk_test_ or sk_live_ (or rk_test_/rk_live_)");
    }

    private static String prefix(Optional<String> key) {
        return key.map(value -> Secret.of(value).masked()).orElse("none");
    }

    private static void refuseIf(boolean refused, String problem) {
        if (refused) {
            throw new InvalidConfigurationException(problem);
        }
    }

    private Optional<String> value(String key) {
        return lookup.apply(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    private enum KeyKind {
        NONE(MarketplaceMode.SANDBOX), TEST(MarketplaceMode.TEST), LIVE(MarketplaceMode.LIVE);

        private final MarketplaceMode impliedMode;

        KeyKind(MarketplaceMode impliedMode) {
            this.impliedMode = impliedMode;
        }

        MarketplaceMode impliedMode() {
            return impliedMode;
        }
    }
}
