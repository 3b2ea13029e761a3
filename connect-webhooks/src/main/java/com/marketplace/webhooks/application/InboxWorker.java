package com.marketplace.webhooks.application;

import com.marketplace.webhooks.domain.ClaimedBatch;
import com.marketplace.webhooks.domain.InboxEvent;
import com.marketplace.webhooks.domain.InboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the inbox: claims due events in small batches ({@code FOR UPDATE SKIP LOCKED}, so any
 * number of instances can share one database), dispatches each in its own transaction, and
 * records failures with backoff. One pass keeps claiming while batches come back full. A claim
 * is an attempt even when its worker never reports back: after the last one the event is dead.
 */
@ApplicationScoped
public class InboxWorker {

    private static final Logger LOG = Logger.getLogger(InboxWorker.class.getName());
    /** Who claimed a row, for the admin view and the two-instance test: host/pid plus a random part. */
    private final String workerId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    InboxTransactions transactions;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookMetrics metrics;

    public String workerId() {
        return workerId;
    }

    /** Processes everything due now; returns how many events it handled. */
    public int drain() {
        int handled = 0;
        int batchSize = settings.batchSize();
        while (true) {
            Instant now = Instant.now();
            ClaimedBatch batch = transactions.claim(workerId, UUID.randomUUID().toString(), batchSize, now,
                    now.plus(settings.claimLease()), settings.retryPolicy());
            batch.buried().forEach(this::reportDead);
            batch.claimed().forEach(this::process);
            handled += batch.size();
            if (batch.size() < batchSize) {
                return handled;
            }
        }
    }

    private void process(InboxEvent event) {
        try {
            metrics.outcome(dispatcher.dispatch(event));
        } catch (RuntimeException failure) {
            Optional<Instant> next = settings.retryPolicy().nextDelay(event.attempts(), ThreadLocalRandom.current()::nextDouble)
                    .map(delay -> Instant.now().plus(delay));
            String reason = rootMessage(failure);
            if (transactions.fail(event.eventId(), event.claimToken(), reason, next)) {
                metrics.outcome(next.isPresent() ? InboxStatus.FAILED : InboxStatus.DEAD);
            }
            LOG.log(next.isPresent() ? Level.WARNING : Level.SEVERE, "Stripe event {0} ({1}) attempt {2} failed{3}: {4}",
                    new Object[] {event.eventId(), event.type(), event.attempts(), next.isPresent() ? "" : " for the last time, now dead", reason});
        }
    }

    private void reportDead(ClaimedBatch.Buried event) {
        metrics.outcome(InboxStatus.DEAD);
        LOG.log(Level.SEVERE, "Stripe event {0} ({1}) is now dead: {2}", new Object[] {event.eventId(), event.type(), event.lastError()});
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
