package com.marketplace.platform.orders.workers;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;

/** The checkout, reconciliation and refund knobs, each with its default (docs/orders-and-payments.md, "Settings"). */
@ApplicationScoped
public class OrderSettings {

    // Stripe accepts an expires_at 30 minutes to 24 hours after the session's creation. It is counted
    // here from the order's creation (so a repeated creation sends the same value), which comes a
    // moment earlier: the bounds keep five minutes clear of Stripe's on either side.
    static final long MIN_SESSION_MINUTES = 35;
    static final long MAX_SESSION_MINUTES = 24 * 60 - 5;
    static final long DEFAULT_SESSION_MINUTES = 60;

    private MarketplaceConfig config;

    protected OrderSettings() {
        // for CDI proxies
    }

    @Inject
    public OrderSettings(MarketplaceConfig config) {
        this.config = config;
    }

    public Duration sessionLifetime() {
        long minutes = config.longValue("CHECKOUT_SESSION_MINUTES", DEFAULT_SESSION_MINUTES);
        return Duration.ofMinutes(Math.max(MIN_SESSION_MINUTES, Math.min(MAX_SESSION_MINUTES, minutes)));
    }

    /** The buyer's return page; Stripe fills in {@code {CHECKOUT_SESSION_ID}}. */
    public String successUrl() {
        // A string, not a URI: the braces Stripe looks for are not legal in a java.net.URI.
        return page("checkout/success") + "?session_id={CHECKOUT_SESSION_ID}";
    }

    public URI cancelUrl(long orderId) {
        return URI.create(page("checkout/cancel") + "?order_id=" + orderId);
    }

    // The base URL is stored without a trailing slash (MarketplaceConfig strips it).
    private String page(String path) {
        return config.publicBaseUrl() + "/" + path;
    }

    /**
     * Whether this instance runs the reconciler loop ({@code RECONCILER_ENABLED}, default true). The
     * integration tests turn it off, so that a test of a webhook handler fails when the handler is
     * gone instead of being rescued by the reconciler a few seconds later.
     */
    public boolean reconcilerEnabled() {
        return Boolean.parseBoolean(config.stringValue("RECONCILER_ENABLED", "true").trim());
    }

    /** How often the reconciler looks for orders nobody settled. */
    public Duration reconcileInterval() {
        return Duration.ofMillis(config.longValue("RECONCILE_INTERVAL_MS", 60_000));
    }

    /** How long an order may sit unsettled (no webhook, no return page) before the reconciler asks Stripe. */
    public Duration reconcileAfter() {
        return Duration.ofSeconds(config.longValue("RECONCILE_AFTER_SECONDS", 600));
    }

    public Duration refundPollInterval() {
        return Duration.ofMillis(config.longValue("REFUND_WORKER_POLL_MS", 1_000));
    }

    /** The first retry of a refund Stripe could not take; each further retry waits twice as long, up to an hour. */
    public Duration refundRetryBase() {
        return Duration.ofMillis(config.longValue("REFUND_RETRY_BASE_MS", 5_000));
    }
}
