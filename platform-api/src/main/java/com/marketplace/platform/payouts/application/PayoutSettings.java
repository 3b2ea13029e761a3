package com.marketplace.platform.payouts.application;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;

/** Seller money's configuration: how long a balance is kept, and the links mail carries. */
@ApplicationScoped
public class PayoutSettings {

    private MarketplaceConfig config;

    protected PayoutSettings() {
        // for CDI proxies
    }

    @Inject
    public PayoutSettings(MarketplaceConfig config) {
        this.config = config;
    }

    public Duration balanceCacheTime() {
        return Duration.ofSeconds(Math.max(0, config.longValue("BALANCE_CACHE_SECONDS", 30)));
    }

    /** The seller's payouts page, absolute. */
    public URI payoutsUrl() {
        return URI.create(base() + "/seller/payouts");
    }

    /** Where the seller fixes their bank account: the dashboard, with its links into Stripe. */
    public URI fixUrl() {
        return URI.create(base() + "/seller");
    }

    private String base() {
        String text = config.publicBaseUrl().toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
