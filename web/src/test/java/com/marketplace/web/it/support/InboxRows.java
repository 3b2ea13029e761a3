package com.marketplace.web.it.support;

import com.marketplace.testsupport.TestMariaDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reads the webhook inbox and the test handlers' records straight from the test database. */
public final class InboxRows {

    private InboxRows() {
    }

    public static Optional<String> status(String eventId) throws SQLException {
        return single("SELECT status FROM webhook_events WHERE event_id = ?", eventId);
    }

    public static int count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public static Optional<String> single(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static int handlerCalls(String eventId) throws SQLException {
        return count("SELECT COUNT(*) FROM it_handler_calls WHERE event_id = ?", eventId);
    }

    /** Waits (at most {@code timeout}) until the event reaches the status. */
    public static void awaitStatus(String eventId, String expected, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Optional<String> status = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            status = status(eventId);
            if (status.isPresent() && status.get().equals(expected)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("event " + eventId + " is " + status.orElse("not stored") + ", expected " + expected + " within " + timeout);
    }

    /** Waits (at most {@code timeout}) until {@code expected} events whose id starts with {@code idPrefix} are processed. */
    public static void awaitProcessed(String idPrefix, int expected, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        int processed = 0;
        while (Instant.now().isBefore(deadline)) {
            processed = count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE ? AND status = 'processed'", idPrefix + "%");
            if (processed == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("only " + processed + " of " + expected + " events " + idPrefix + "* processed within " + timeout);
    }

    /** Recorded (committed) handler runs of the events whose id starts with {@code idPrefix}. */
    public static int handlerCallsOf(String idPrefix) throws SQLException {
        return count("SELECT COUNT(*) FROM it_handler_calls WHERE event_id LIKE ?", idPrefix + "%");
    }

    /** Events whose id starts with {@code idPrefix} and whose handler run was committed more than once. */
    public static int eventsHandledTwice(String idPrefix) throws SQLException {
        return count("SELECT COUNT(*) FROM (SELECT event_id FROM it_handler_calls WHERE event_id LIKE ?"
                + " GROUP BY event_id HAVING COUNT(*) > 1) twice", idPrefix + "%");
    }

    /**
     * Stores a platform event as a worker that died left it: {@code processing}, claimed {@code attempts}
     * times, its lease run out a minute ago. The next claim finds it due.
     */
    public static void insertAbandonedClaim(String eventId, String type, String payload, int attempts) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_events (event_id, endpoint, event_type,"
                     + " event_created, api_version, livemode, payload, status, attempts, duplicates, next_attempt_at, claimed_by,"
                     + " claim_token, claimed_until, received_at) VALUES (?, 'platform', ?, UNIX_TIMESTAMP(), NULL, FALSE, ?, 'processing', ?, 0,"
                     + " UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE, 'a worker that died', 'token-of-the-dead-worker',"
                     + " UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE)")) {
            insert.setString(1, eventId);
            insert.setString(2, type);
            insert.setString(3, payload);
            insert.setInt(4, attempts);
            insert.executeUpdate();
        }
    }
}
