package com.marketplace.platform.fakes;

import com.marketplace.platform.notifications.domain.NewNotification;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import com.marketplace.platform.notifications.domain.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The notifications outbox as a map, with the table's rules: one message per (kind, subject), leases named by their token. */
public final class InMemoryOutbox implements Outbox {

    private final Map<Long, Row> rows = new TreeMap<>();
    private long nextId = 1;

    private static final class Row {
        final long id;
        final NewNotification message;
        final Instant createdAt;
        NotificationStatus status = NotificationStatus.PENDING;
        int attempts;
        Instant nextAttemptAt;
        String leaseToken;
        Instant leaseUntil;
        Instant sentAt;
        String lastError;

        Row(long id, NewNotification message, Instant now) {
            this.id = id;
            this.message = message;
            this.createdAt = now;
            this.nextAttemptAt = now;
        }

        Notification view() {
            return new Notification(id, message.kind(), message.recipient(), message.subjectId(), message.data(), status, attempts,
                    nextAttemptAt, Optional.ofNullable(leaseToken), createdAt, Optional.ofNullable(sentAt), Optional.ofNullable(lastError));
        }
    }

    public List<Notification> all() {
        return rows.values().stream().map(Row::view).toList();
    }

    public List<Notification> of(NotificationKind kind) {
        return all().stream().filter(n -> n.kind() == kind).toList();
    }

    @Override
    public synchronized boolean add(NewNotification message, Instant now) {
        boolean exists = rows.values().stream()
                .anyMatch(row -> row.message.kind() == message.kind() && row.message.subjectId().equals(message.subjectId()));
        if (exists) {
            return false;
        }
        long id = nextId++;
        rows.put(id, new Row(id, message, now));
        return true;
    }

    @Override
    public synchronized List<Notification> claim(String leaseToken, int limit, Instant now, Instant leaseUntil, int maxAttempts) {
        rows.values().stream().filter(row -> row.status == NotificationStatus.PENDING && row.leaseUntil != null
                && row.leaseUntil.isBefore(now) && row.attempts >= maxAttempts).forEach(row -> {
                    row.status = NotificationStatus.DEAD;
                    row.leaseToken = null;
                    row.leaseUntil = null;
                    row.lastError = "its worker did not finish the last attempt";
                });
        List<Notification> claimed = new ArrayList<>();
        rows.values().stream().filter(row -> row.status == NotificationStatus.PENDING && !row.nextAttemptAt.isAfter(now)
                        && (row.leaseUntil == null || row.leaseUntil.isBefore(now)))
                .sorted(Comparator.comparing((Row row) -> row.nextAttemptAt).thenComparing(row -> row.id))
                .limit(limit).forEach(row -> {
                    row.attempts++;
                    row.leaseToken = leaseToken;
                    row.leaseUntil = leaseUntil;
                    claimed.add(row.view());
                });
        return claimed;
    }

    private Optional<Row> leased(long id, String leaseToken) {
        return Optional.ofNullable(rows.get(id))
                .filter(row -> row.status == NotificationStatus.PENDING && leaseToken.equals(row.leaseToken));
    }

    @Override
    public synchronized boolean sent(long id, String leaseToken, Instant now) {
        return leased(id, leaseToken).map(row -> {
            row.status = NotificationStatus.SENT;
            row.sentAt = now;
            row.lastError = null;
            row.leaseToken = null;
            row.leaseUntil = null;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized boolean retryLater(long id, String leaseToken, String error, Instant nextAttemptAt) {
        return leased(id, leaseToken).map(row -> {
            row.nextAttemptAt = nextAttemptAt;
            row.lastError = error;
            row.leaseToken = null;
            row.leaseUntil = null;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized boolean dead(long id, String leaseToken, String error) {
        return leased(id, leaseToken).map(row -> {
            row.status = NotificationStatus.DEAD;
            row.lastError = error;
            row.leaseToken = null;
            row.leaseUntil = null;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized boolean resend(long id, Instant now) {
        Row row = rows.get(id);
        if (row == null || row.status != NotificationStatus.DEAD) {
            return false;
        }
        row.status = NotificationStatus.PENDING;
        row.attempts = 0;
        row.nextAttemptAt = now;
        return true;
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(rows.get(id)).map(Row::view);
    }

    @Override
    public List<Notification> list(Optional<NotificationStatus> status, Optional<Long> startingAfter, int limit) {
        return all().stream().filter(n -> status.isEmpty() || n.status() == status.get())
                .filter(n -> startingAfter.isEmpty() || n.id() < startingAfter.get())
                .sorted(Comparator.comparingLong(Notification::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized long count(NotificationStatus status) {
        return all().stream().filter(message -> message.status() == status).count();
    }
}
