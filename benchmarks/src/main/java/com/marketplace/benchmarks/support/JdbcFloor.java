package com.marketplace.benchmarks.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The floor the webhook pipeline is compared with: the same stream's database work done by plain
 * JDBC on the same server with the same durability (InnoDB, a commit per statement or transaction
 * as the application makes them), and nothing else: no HTTP, no signature check, no JSON, no
 * container, no call to Stripe. {@code senders} connections INSERT every delivery (a duplicate
 * bumps a counter, as the inbox does) while one worker, polling as often as the application's,
 * claims batches with the inbox's own queries ({@code FOR UPDATE SKIP LOCKED}, then the claimed
 * rows by key) and, per event, in one transaction, reads and conditionally updates a projection
 * row for a handled type, records the run and marks it done.
 */
public final class JdbcFloor {

    private final BenchDatabase database;
    private final int senders;
    private final int batchSize;
    private final long pollMillis;

    public JdbcFloor(BenchDatabase database, int senders, int batchSize, long pollMillis) {
        this.database = database;
        this.senders = senders;
        this.batchSize = batchSize;
        this.pollMillis = pollMillis;
    }

    public record Result(double ingestSeconds, double processedSeconds, long processed) {
    }

    public Result run(List<Delivery> deliveries, Set<String> handledTypes, int distinctEvents) throws Exception {
        try (Connection connection = database.connect(); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS floor_events, floor_runs, floor_projection");
            ddl.execute("CREATE TABLE floor_events LIKE webhook_events");
            ddl.execute("CREATE TABLE floor_runs LIKE bench_handler_runs");
            ddl.execute("CREATE TABLE floor_projection (id VARCHAR(255) PRIMARY KEY, last_created BIGINT NOT NULL)");
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicInteger processed = new AtomicInteger();
        long started = System.nanoTime();
        Thread worker = new Thread(() -> {
            try (Connection connection = database.connect()) {
                while (processed.get() < distinctEvents && failure.get() == null) {
                    int claimed = drainOnce(connection, handledTypes, processed);
                    if (claimed < batchSize) {
                        Thread.sleep(pollMillis);
                    }
                }
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }, "floor-worker");
        worker.start();

        AtomicInteger next = new AtomicInteger();
        CountDownLatch inserted = new CountDownLatch(senders);
        for (int s = 0; s < senders; s++) {
            new Thread(() -> {
                try (Connection connection = database.connect()) {
                    for (int i = next.getAndIncrement(); i < deliveries.size(); i = next.getAndIncrement()) {
                        store(connection, deliveries.get(i));
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    inserted.countDown();
                }
            }, "floor-sender-" + s).start();
        }
        inserted.await();
        double ingestSeconds = (System.nanoTime() - started) / 1e9;
        worker.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Result(ingestSeconds, (System.nanoTime() - started) / 1e9, processed.get());
    }

    private static void store(Connection connection, Delivery delivery) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO floor_events (event_id, endpoint, account_id,"
                + " event_type, event_created, api_version, livemode, payload, status, attempts, duplicates, next_attempt_at, received_at)"
                + " VALUES (?, ?, NULL, ?, ?, NULL, FALSE, ?, 'received', 0, 0, ?, ?)")) {
            insert.setString(1, delivery.eventId());
            insert.setString(2, delivery.path().endsWith("/connect") ? "connect" : "platform");
            insert.setString(3, delivery.type());
            insert.setLong(4, delivery.created());
            insert.setString(5, delivery.payload());
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() != 1062) {
                throw e;
            }
            try (PreparedStatement counted = connection.prepareStatement("UPDATE floor_events SET duplicates = duplicates + 1 WHERE event_id = ?")) {
                counted.setString(1, delivery.eventId());
                counted.executeUpdate();
            }
        }
    }

    private int drainOnce(Connection connection, Set<String> handledTypes, AtomicInteger processed) throws SQLException {
        String token = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<String[]> claimed = new ArrayList<>();
        connection.setAutoCommit(false);
        try {
            List<String> ids = new ArrayList<>();
            for (String due : List.of(" WHERE status = 'processing' AND claimed_until <= ?", " WHERE status = 'failed' AND next_attempt_at <= ?",
                    " WHERE status = 'received' AND next_attempt_at <= ?")) {
                if (ids.size() == batchSize) {
                    break;
                }
                try (PreparedStatement select = connection.prepareStatement("SELECT event_id FROM floor_events" + due
                        + " ORDER BY next_attempt_at LIMIT " + (batchSize - ids.size()) + " FOR UPDATE SKIP LOCKED")) {
                    select.setObject(1, now);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                }
            }
            if (!ids.isEmpty()) {
                try (PreparedStatement mark = connection.prepareStatement("UPDATE floor_events SET status = 'processing',"
                        + " attempts = attempts + 1, claim_token = ?, claimed_by = 'floor', claimed_until = ? WHERE event_id = ?")) {
                    for (String id : ids) {
                        mark.setString(1, token);
                        mark.setObject(2, now.plusMinutes(5));
                        mark.setString(3, id);
                        mark.addBatch();
                    }
                    mark.executeBatch();
                }
                try (PreparedStatement rows = connection.prepareStatement("SELECT event_id, event_type, event_created, payload"
                        + " FROM floor_events WHERE event_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                        + ") AND claim_token = ? ORDER BY next_attempt_at")) {
                    for (int i = 0; i < ids.size(); i++) {
                        rows.setString(i + 1, ids.get(i));
                    }
                    rows.setString(ids.size() + 1, token);
                    try (ResultSet rs = rows.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(4);
                            claimed.add(new String[] {rs.getString(1), rs.getString(2), String.valueOf(rs.getLong(3))});
                        }
                    }
                }
            }
            connection.commit();
            for (String[] event : claimed) {
                process(connection, event[0], event[1], Long.parseLong(event[2]), token, handledTypes.contains(event[1]));
                connection.commit();
                processed.incrementAndGet();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        return claimed.size();
    }

    private static void process(Connection connection, String eventId, String type, long created, String token, boolean handled)
            throws SQLException {
        if (handled) {
            String key = type + ":" + (eventId.hashCode() % 50);
            try (PreparedStatement read = connection.prepareStatement("SELECT last_created FROM floor_projection WHERE id = ?")) {
                read.setString(1, key);
                read.executeQuery().close();
            }
            try (PreparedStatement project = connection.prepareStatement("INSERT INTO floor_projection (id, last_created) VALUES (?, ?)"
                    + " ON DUPLICATE KEY UPDATE last_created = GREATEST(last_created, VALUES(last_created))")) {
                project.setString(1, key);
                project.setLong(2, created);
                project.executeUpdate();
            }
            try (PreparedStatement run = connection.prepareStatement("INSERT INTO floor_runs (event_id) VALUES (?)")) {
                run.setString(1, eventId);
                run.executeUpdate();
            }
        }
        try (PreparedStatement finish = connection.prepareStatement("UPDATE floor_events SET status = ?, processed_at = ?,"
                + " last_error = NULL, claim_token = NULL, claimed_until = NULL WHERE event_id = ? AND claim_token = ? AND status = 'processing'")) {
            finish.setString(1, handled ? "processed" : "ignored");
            finish.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
            finish.setString(3, eventId);
            finish.setString(4, token);
            finish.executeUpdate();
        }
    }
}
