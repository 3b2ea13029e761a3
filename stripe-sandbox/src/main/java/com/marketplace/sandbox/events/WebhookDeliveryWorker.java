package com.marketplace.sandbox.events;

import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Sends due deliveries, signed with their endpoint's secret, and records each attempt. A non-2xx
 * answer or a timeout is retried with exponential backoff (Stripe's days compressed to seconds,
 * {@code SANDBOX_WEBHOOK_RETRY_BASE_MS}), up to {@code SANDBOX_WEBHOOK_MAX_ATTEMPTS}: at least
 * once, never exactly once, as on Stripe.
 */
@ApplicationScoped
public class WebhookDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryWorker.class.getName());
    private static final int BATCH = 100;

    @Inject
    SandboxStore store;

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    FaultPlan faults;

    @Inject
    Config config;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    /** One pass over the due deliveries; returns how many attempts it made. */
    public int deliverDue() {
        long now = System.currentTimeMillis();
        List<Due> due = store.read(tx -> tx.query(
                "SELECT d.id, d.event_id, d.endpoint_id, d.attempts, o.body FROM sandbox_deliveries d"
                        + " JOIN sandbox_objects o ON o.id = d.event_id"
                        + " WHERE d.status = 'pending' AND d.next_attempt_at <= ? ORDER BY d.id LIMIT " + BATCH,
                List.of(now), rs -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5))));
        for (Due delivery : due) {
            attempt(delivery);
        }
        return due.size();
    }

    private void attempt(Due delivery) {
        Optional<String[]> target = store.read(tx -> endpoints.find(tx, delivery.endpointId())
                .map(endpoint -> new String[] {endpoint.string("url"), endpoint.string("sandbox_secret")}));
        Integer statusCode = null;
        String error = null;
        if (target.isEmpty()) {
            error = "endpoint deleted";
        } else if (faults.consumeFailure(target.get()[0])) {
            error = "fault injected: delivery failed on purpose";
        } else {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(target.get()[0]))
                        .timeout(Duration.ofMillis(timeoutMillis()))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                        .header("Stripe-Signature", WebhookSigner.signatureHeader(delivery.payload(), target.get()[1],
                                System.currentTimeMillis() / 1000))
                        .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                        .build(), HttpResponse.BodyHandlers.discarding());
                statusCode = response.statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        record(delivery, statusCode, error);
    }

    private void record(Due delivery, Integer statusCode, String error) {
        int attempts = delivery.attempts() + 1;
        boolean delivered = statusCode != null && statusCode >= 200 && statusCode < 300;
        String lastError = delivered ? null : (error != null ? error : "HTTP " + statusCode);
        store.write((SandboxTx tx) -> {
            if (delivered) {
                return tx.execute("UPDATE sandbox_deliveries SET status = 'delivered', attempts = ?, last_status_code = ?,"
                        + " last_error = NULL, delivered_at = ? WHERE id = ?", attempts, statusCode, System.currentTimeMillis(), delivery.id());
            }
            boolean exhausted = attempts >= maxAttempts();
            long next = System.currentTimeMillis() + retryBaseMillis() * (1L << Math.min(attempts - 1, 20));
            return tx.execute("UPDATE sandbox_deliveries SET status = ?, attempts = ?, last_status_code = ?, last_error = ?,"
                            + " next_attempt_at = ? WHERE id = ?",
                    exhausted ? "failed" : "pending", attempts, statusCode, truncate(lastError), next, delivery.id());
        });
        if (!delivered) {
            LOG.log(Level.FINE, "webhook {0} to {1}: attempt {2} failed ({3})",
                    new Object[] {delivery.eventId(), delivery.endpointId(), attempts, lastError});
        }
    }

    private long retryBaseMillis() {
        return config.getOptionalValue("SANDBOX_WEBHOOK_RETRY_BASE_MS", Long.class).orElse(1000L);
    }

    private int maxAttempts() {
        return config.getOptionalValue("SANDBOX_WEBHOOK_MAX_ATTEMPTS", Integer.class).orElse(8);
    }

    private long timeoutMillis() {
        return config.getOptionalValue("SANDBOX_WEBHOOK_TIMEOUT_MS", Long.class).orElse(10_000L);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    private record Due(long id, String eventId, String endpointId, int attempts, String payload) {
    }
}
