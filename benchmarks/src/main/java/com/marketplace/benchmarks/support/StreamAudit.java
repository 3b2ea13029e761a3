package com.marketplace.benchmarks.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * What became of a stream, read from the database after the fact: which events reached a final
 * state in the inbox, which acknowledged ones never did (lost), and which had their handlers'
 * effects committed more than once (processed twice, from {@code bench_handler_runs}).
 */
public final class StreamAudit {

    private final BenchDatabase database;
    private final String idPrefix;

    public StreamAudit(BenchDatabase database, String idPrefix) {
        this.database = database;
        this.idPrefix = idPrefix;
    }

    /** Waits until no event of the stream is still due or being processed; answers how long that took, or -1 on timeout. */
    public double awaitSettled(long expectedAtLeast, Duration timeout) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long open = database.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE ? AND status NOT IN ('processed', 'ignored', 'dead')",
                    idPrefix + "%");
            long settled = database.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE ? AND status IN ('processed', 'ignored', 'dead')",
                    idPrefix + "%");
            if (open == 0 && settled >= expectedAtLeast) {
                return (System.nanoTime() - started) / 1e9;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    public Result result(Set<String> acknowledged) throws SQLException {
        Set<String> done = ids("SELECT event_id FROM webhook_events WHERE event_id LIKE ? AND status IN ('processed', 'ignored')");
        Set<String> stored = ids("SELECT event_id FROM webhook_events WHERE event_id LIKE ?");
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(done);
        long twice = database.count("SELECT COUNT(*) FROM (SELECT event_id FROM bench_handler_runs WHERE event_id LIKE ?"
                + " GROUP BY event_id HAVING COUNT(*) > 1) twice", idPrefix + "%");
        long withoutEffect = database.count("SELECT COUNT(*) FROM webhook_events e WHERE e.event_id LIKE ? AND e.status = 'processed'"
                + " AND NOT EXISTS (SELECT 1 FROM bench_handler_runs r WHERE r.event_id = e.event_id)", idPrefix + "%");
        long dead = database.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE ? AND status = 'dead'", idPrefix + "%");
        long retried = database.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE ? AND attempts > 1", idPrefix + "%");
        return new Result(stored.size(), done.size(), lost.size(), twice, withoutEffect, dead, retried);
    }

    private Set<String> ids(String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, idPrefix + "%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * @param stored distinct events in the inbox
     * @param processed events processed or ignored (no handler), once each
     * @param lost acknowledged events that never got there
     * @param processedTwice events whose handlers' effects committed more than once
     * @param processedWithoutEffect events marked processed whose handlers' transaction did not commit with the mark
     * @param dead events whose attempts ran out
     * @param retried events that took more than one attempt (a crash or an outage in between)
     */
    public record Result(long stored, long processed, long lost, long processedTwice, long processedWithoutEffect, long dead, long retried) {
    }
}
