package com.marketplace.platform.notifications.application;

import com.marketplace.platform.notifications.domain.Backoff;
import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.platform.notifications.domain.MailTransport;
import com.marketplace.platform.notifications.domain.MessageRenderer;
import com.marketplace.platform.notifications.domain.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, after the transactions that wrote it committed: claims due messages
 * in batches ({@code FOR UPDATE SKIP LOCKED} and a lease, so instances share the table), renders and
 * sends each, and records SENT, a retry after a backoff, or DEAD after the last attempt. A message
 * the server took but whose SENT was not recorded (a crash in between) goes again after its lease:
 * at least once, never lost.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class.getName());

    private NotificationTransactions transactions;
    private MessageRenderer renderer;
    private MailTransport transport;
    private NotificationSettings settings;
    private Clock clock;

    protected NotificationWorker() {
        // for CDI proxies
    }

    @Inject
    public NotificationWorker(NotificationTransactions transactions, MessageRenderer renderer, MailTransport transport,
                              NotificationSettings settings) {
        this(transactions, renderer, transport, settings, Clock.systemUTC());
    }

    public NotificationWorker(NotificationTransactions transactions, MessageRenderer renderer, MailTransport transport,
                              NotificationSettings settings, Clock clock) {
        this.transactions = transactions;
        this.renderer = renderer;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends everything due now; answers how many messages it attempted. */
    public int drain() {
        int batchSize = settings.batchSize();
        Backoff backoff = settings.backoff();
        int attempted = 0;
        while (true) {
            Instant now = clock.instant();
            String leaseToken = UUID.randomUUID().toString();
            List<Notification> batch = transactions.claim(leaseToken, batchSize, now, now.plus(settings.lease()),
                    backoff.maxAttempts());
            batch.forEach(notification -> deliver(notification, leaseToken, backoff));
            attempted += batch.size();
            if (batch.size() < batchSize) {
                return attempted;
            }
        }
    }

    private void deliver(Notification notification, String leaseToken, Backoff backoff) {
        try {
            MailMessage message = renderer.render(notification);
            transport.send(message);
            transactions.sent(notification.id(), leaseToken, clock.instant());
        } catch (RuntimeException failure) {
            String reason = reason(failure);
            Optional<Duration> wait = backoff.after(notification.attempts());
            if (wait.isPresent()) {
                transactions.retryLater(notification.id(), leaseToken, reason, clock.instant().plus(wait.get()));
            } else {
                transactions.dead(notification.id(), leaseToken, reason);
            }
            LOG.log(wait.isPresent() ? Level.WARNING : Level.SEVERE, "Notification {0} ({1}) attempt {2} through {3} failed{4}: {5}",
                    new Object[] {notification.id(), notification.kind().code(), notification.attempts(), transport.describe(),
                            wait.isPresent() ? "" : " for the last time, now dead", reason});
        }
    }

    // The exception's own words (the transport's never carry the password), the root cause's class first.
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failure.getMessage() == null ? "" : failure.getMessage();
        return root == failure ? failure.getClass().getSimpleName() + ": " + text
                : text + " (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }
}
