package com.marketplace.platform.payouts.application;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;

/** Seller money's configuration: how long a balance is kept (BALANCE_CACHE_SECONDS), and the links mail carries. */
@ApplicationScoped
public class PayoutSettings {

    private Duration balanceCacheTime;
    private String base;

    protected PayoutSettings() {
        // for CDI proxies
    }

    @Inject
    public PayoutSettings(MarketplaceConfig config) {
        this(Duration.ofSeconds(Math.max(0, config.longValue("BALANCE_CACHE_SECONDS", 30))), config.publicBaseUrl());
    }

    public PayoutSettings(Duration balanceCacheTime, URI publicBaseUrl) {
        this.balanceCacheTime = balanceCacheTime;
        String text = publicBaseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public Duration balanceCacheTime() {
        return balanceCacheTime;
    }

    /** The seller's payouts page, absolute. */
    public URI payoutsUrl() {
        return URI.create(base + "/seller/payouts");
    }

    /** Where the seller fixes their bank account: the dashboard, with its links into Stripe's pages. */
    public URI fixUrl() {
        return URI.create(base + "/seller");
    }
}
