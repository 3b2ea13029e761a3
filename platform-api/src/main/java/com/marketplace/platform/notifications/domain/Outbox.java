package com.marketplace.platform.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notifications table. {@link #add} joins the caller's transaction (the state change it
 * reports); the worker's calls are each their own short transaction. Every change after the
 * claim names the lease it belongs to, so a worker whose lease ran out cannot overwrite the outcome
 * of the worker that took the row over.
 */
public interface Outbox {

    /** Writes the message unless one of its kind for its subject exists; false when it did (nothing written). */
    boolean add(NewNotification message, Instant now);

    /**
     * Claims up to {@code limit} PENDING messages due now and not leased by anyone (rows another
     * worker is claiming are skipped, not waited for), each counted as an attempt. A message whose
     * lease ran out on its last allowed attempt (its worker died) is DEAD instead, in the same transaction.
     */
    List<Notification> claim(String leaseToken, int limit, Instant now, Instant leaseUntil, int maxAttempts);

    boolean sent(long id, String leaseToken, Instant now);

    boolean retryLater(long id, String leaseToken, String error, Instant nextAttemptAt);

    boolean dead(long id, String leaseToken, String error);

    /** A DEAD message due again now with a fresh set of attempts; false when it is not dead. */
    boolean resend(long id, Instant now);

    Optional<Notification> find(long id);

    /** How many messages are in {@code status} now (the alerts count the dead ones). */
    long count(NotificationStatus status);

    /** Newest first, optionally one status only, and only older than {@code startingAfter} (a cursor: the last id of the page before). */
    List<Notification> list(Optional<NotificationStatus> status, Optional<Long> startingAfter, int limit);
}
