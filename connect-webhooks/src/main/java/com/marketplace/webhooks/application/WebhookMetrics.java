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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
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

    private final Map<WebhookEndpoint, Counter> received = new ConcurrentHashMap<>();
    private final Map<WebhookEndpoint, Counter> duplicates = new ConcurrentHashMap<>();
    private final Map<WebhookEndpoint, Counter> rejected = new ConcurrentHashMap<>();

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
        counter(received, "webhook_received", endpoint).inc();
        if (outcome == StoreOutcome.DUPLICATE) {
            counter(duplicates, "webhook_duplicates", endpoint).inc();
        }
    }

    void rejected(WebhookEndpoint endpoint) {
        counter(rejected, "webhook_rejected", endpoint).inc();
    }

    // Looked up once per endpoint: every delivery counts, and a registry lookup builds a metric id each time.
    private Counter counter(Map<WebhookEndpoint, Counter> counters, String name, WebhookEndpoint endpoint) {
        return counters.computeIfAbsent(endpoint, key -> registry.counter(name, new Tag("endpoint", key.code())));
    }

    void outcome(InboxStatus status) {
        registry.counter("webhook_outcomes", new Tag("status", status.code())).inc();
    }
}
