package com.marketplace.sandbox;

import com.marketplace.platform.kernel.config.ConfigKeys;
import com.marketplace.platform.kernel.config.InvalidConfigurationException;
import com.marketplace.platform.kernel.config.MarketplaceMode;
import com.marketplace.platform.kernel.config.StripeSettingsResolver;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox runs only where the marketplace runs in sandbox mode, resolved by the marketplace's
 * own rules ({@link StripeSettingsResolver}). Next to a test or live marketplace it would serve
 * unauthenticated test helpers, hosted pages and webhook endpoints that deliver anywhere, signed
 * with the real signing secrets: there it fails its own deployment, and nothing of it is served.
 */
final class SandboxModeGuard {

    private static final Logger LOG = Logger.getLogger(SandboxModeGuard.class.getName());

    private SandboxModeGuard() {
    }

    static void requireSandboxMode(Function<String, Optional<String>> config) {
        MarketplaceMode mode;
        try {
            mode = new StripeSettingsResolver(config).resolve(ConfigKeys.DEFAULT_PORT).mode();
        } catch (InvalidConfigurationException e) {
            throw refused("the marketplace's configuration is refused (" + e.getMessage() + ")");
        }
        if (mode != MarketplaceMode.SANDBOX) {
            throw refused("the marketplace runs in " + mode.configValue() + " mode; the sandbox runs only in sandbox mode"
                    + " (no STRIPE_SECRET_KEY and no other MARKETPLACE_MODE)");
        }
    }

    private static SandboxRefused refused(String reason) {
        String message = "Stripe sandbox refuses to start: " + reason;
        LOG.log(Level.SEVERE, message);
        return new SandboxRefused(message);
    }

    /** Thrown from start-up, so the container fails the sandbox's deployment. */
    static final class SandboxRefused extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        SandboxRefused(String message) {
            super(message);
        }
    }
}
