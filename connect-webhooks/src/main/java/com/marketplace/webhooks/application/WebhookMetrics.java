package com.marketplace.webhooks.application;

import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.webhooks.domain.EventInbox;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.StoreOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * MicroProfile Metrics of the pipeline (on {@code /metrics}): deliveries received, duplicates and
 * rejects per endpoint, attempts processed, ignored, failed and dead, and the processing lag (age
 * of the oldest event not yet handled).
 */
@ApplicationScoped
public class WebhookMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    EventInbox inbox;

    @PostConstruct
    void registerLag() {
        registry.gauge("webhook_processing_lag_seconds", () -> {
            try {
                return inbox.oldestUnprocessed().map(oldest -> Duration.between(oldest, Instant.now()).toMillis() / 1000.0).orElse(0.0);
            } catch (RuntimeException e) {
                return -1.0;
            }
        });
    }

    void received(WebhookEndpoint endpoint, StoreOutcome outcome) {
        registry.counter("webhook_received", new Tag("endpoint", endpoint.code())).inc();
        if (outcome == StoreOutcome.DUPLICATE) {
            registry.counter("webhook_duplicates", new Tag("endpoint", endpoint.code())).inc();
        }
    }

    void rejected(WebhookEndpoint endpoint) {
        registry.counter("webhook_rejected", new Tag("endpoint", endpoint.code())).inc();
    }

    void outcome(InboxStatus status) {
        registry.counter("webhook_outcomes", new Tag("status", status.code())).inc();
    }
}
