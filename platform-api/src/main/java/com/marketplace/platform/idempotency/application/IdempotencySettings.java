package com.marketplace.platform.idempotency.application;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** How long keys are kept and held, and how the purge runs (docs/idempotency.md, docs/configuration.md). */
@ApplicationScoped
public class IdempotencySettings {

    private MarketplaceConfig config;

    protected IdempotencySettings() {
        // for CDI proxies, and for tests that override the knobs
    }

    @Inject
    public IdempotencySettings(MarketplaceConfig config) {
        this.config = config;
    }

    /** How long a key answers with its stored outcome: at least 24 hours, as the API promises. */
    public Duration ttl() {
        return Duration.ofHours(Math.max(24, config.longValue("IDEMPOTENCY_KEY_TTL_HOURS", 24)));
    }

    /**
     * How long a claim holds without an answer before a retry may take it over: longer than any
     * request takes (Stripe's read timeout is 20 s; a checkout makes at most a few calls).
     */
    public Duration lease() {
        return Duration.ofSeconds(Math.max(1, config.longValue("IDEMPOTENCY_LEASE_SECONDS", 60)));
    }

    public Duration purgeInterval() {
        return Duration.ofMillis(Math.max(1_000, config.longValue("IDEMPOTENCY_PURGE_INTERVAL_MS", 600_000)));
    }

    /** Rows deleted per statement: a purge never holds many locks for long. */
    public int purgeBatch() {
        return (int) Math.max(1, config.longValue("IDEMPOTENCY_PURGE_BATCH", 500));
    }
}
