package com.marketplace.platform.kernel.config;

import java.net.URI;
import java.util.Optional;

/**
 * How the marketplace reaches Stripe, after the mode rules were applied (see
 * {@link StripeSettingsResolver}). Secrets are {@link Secret}s so the record prints safely.
 */
public record StripeSettings(
        MarketplaceMode mode,
        Secret secretKey,
        Optional<String> publishableKey,
        Optional<Secret> webhookSecret,
        Optional<Secret> connectWebhookSecret,
        URI apiBase) {

    public boolean isSandbox() {
        return mode == MarketplaceMode.SANDBOX;
    }

    /** One line for the start-up log: the mode and where requests go, never a secret. */
    public String describe() {
        return "mode=" + mode.configValue() + ", secret key " + secretKey.masked() + ", API base " + apiBase;
    }
}
