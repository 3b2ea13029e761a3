package com.marketplace.platform.notifications.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A message in the outbox, as stored. Its life: written PENDING in the transaction of the change it
 * reports; claimed by a worker (a lease, {@code leaseToken}); SENT once the mail server (or the
 * local mailbox) took it; after a failure PENDING again with a later {@code nextAttemptAt}, and
 * DEAD after the last attempt, until an admin resends it. {@code lastError} holds what the mail
 * server said, never credentials.
 */
public record Notification(long id, NotificationKind kind, String recipient, String subjectId, Map<String, String> data,
                           NotificationStatus status, int attempts, Instant nextAttemptAt, Optional<String> leaseToken,
                           Instant createdAt, Optional<Instant> sentAt, Optional<String> lastError) {

    public Notification {
        data = Map.copyOf(data);
    }

    /** A value of the message's data, empty text when absent. */
    public String value(String key) {
        return data.getOrDefault(key, "");
    }
}
