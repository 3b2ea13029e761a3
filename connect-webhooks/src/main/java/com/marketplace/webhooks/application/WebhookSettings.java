package com.marketplace.webhooks.application;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.webhooks.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The worker's tuning, from configuration: {@code WEBHOOK_WORKER_THREADS} (4), {@code WEBHOOK_WORKER_POLL_MS} (200),
 * {@code WEBHOOK_WORKER_BATCH} (10), {@code WEBHOOK_CLAIM_LEASE_SECONDS} (300),
 * {@code WEBHOOK_MAX_ATTEMPTS} (8), {@code WEBHOOK_RETRY_BASE_MS} (30000, doubling, capped at 6 h).
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    MarketplaceConfig config;

    /** Loops draining the inbox in this instance; at least one. */
    public int workerThreads() {
        return (int) Math.max(1, config.longValue("WEBHOOK_WORKER_THREADS", 4));
    }

    public Duration pollInterval() {
        return Duration.ofMillis(config.longValue("WEBHOOK_WORKER_POLL_MS", 200));
    }

    public int batchSize() {
        return (int) config.longValue("WEBHOOK_WORKER_BATCH", 10);
    }

    public Duration claimLease() {
        return Duration.ofSeconds(config.longValue("WEBHOOK_CLAIM_LEASE_SECONDS", 300));
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy((int) config.longValue("WEBHOOK_MAX_ATTEMPTS", 8),
                Duration.ofMillis(config.longValue("WEBHOOK_RETRY_BASE_MS", 30_000)), Duration.ofHours(6));
    }
}
