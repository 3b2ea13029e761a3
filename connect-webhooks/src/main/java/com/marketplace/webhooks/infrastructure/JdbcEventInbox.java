package com.marketplace.webhooks.infrastructure;

import com.marketplace.platform.kernel.persistence.DataSourceNames;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.webhooks.domain.ClaimedBatch;
import com.marketplace.webhooks.domain.EventInbox;
import com.marketplace.webhooks.domain.InboxEvent;
import com.marketplace.webhooks.domain.InboxUnavailable;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.RetryPolicy;
import com.marketplace.webhooks.domain.StoreOutcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link EventInbox} as the table {@code webhook_events}, in plain JDBC: the hot path of webhook ingestion is one
 * INSERT, and claiming needs {@code FOR UPDATE SKIP LOCKED}, which JPQL cannot say. Every state
 * change is a conditional UPDATE naming the claim it belongs to, so a worker whose lease expired
 * can never overwrite the outcome of the worker that took the row over.
 */
@ApplicationScoped
public class JdbcEventInbox implements EventInbox {

    private static final String COLUMNS = "event_id, endpoint, account_id, event_type, event_created, api_version, payload, status,"
            + " attempts, duplicates, next_attempt_at, claim_token, claimed_by, last_error, received_at, processed_at";

    @Resource(lookup = DataSourceNames.MARKETPLACE)
    DataSource dataSource;

    /** Stores a verified event; a second delivery of the same id changes nothing but a counter. */
    @Override
    public StoreOutcome store(String eventId, WebhookEndpoint endpoint, String account, String type, long created,
                              String apiVersion, boolean livemode, String payload, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_events (event_id, endpoint, account_id,"
                    + " event_type, event_created, api_version, livemode, payload, status, attempts, duplicates, next_attempt_at, received_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', 0, 0, ?, ?)")) {
                bind(insert, eventId, endpoint.code(), account, type, created, apiVersion, livemode, payload, utc(now), utc(now));
                insert.executeUpdate();
                return StoreOutcome.STORED;
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
            }
            try (PreparedStatement counted = connection.prepareStatement(
                    "UPDATE webhook_events SET duplicates = duplicates + 1 WHERE event_id = ?")) {
                bind(counted, eventId);
                counted.executeUpdate();
            }
            return StoreOutcome.DUPLICATE;
        } catch (SQLException e) {
            throw new InboxUnavailable("the event inbox cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Stores a verified event that must never be processed (its {@code livemode} is not this
     * marketplace's): status {@code ignored} from the start, with the reason, so no worker ever
     * claims it and an admin sees why. A second delivery changes nothing but a counter.
     */
    @Override
    public StoreOutcome storeIgnored(String eventId, WebhookEndpoint endpoint, String account, String type, long created,
                                     String apiVersion, boolean livemode, String payload, Instant now, String reason) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_events (event_id, endpoint, account_id,"
                    + " event_type, event_created, api_version, livemode, payload, status, attempts, duplicates, next_attempt_at,"
                    + " last_error, received_at, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ignored', 0, 0, ?, ?, ?, ?)")) {
                bind(insert, eventId, endpoint.code(), account, type, created, apiVersion, livemode, payload, utc(now), truncate(reason),
                        utc(now), utc(now));
                insert.executeUpdate();
                return StoreOutcome.STORED;
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
            }
            try (PreparedStatement counted = connection.prepareStatement(
                    "UPDATE webhook_events SET duplicates = duplicates + 1 WHERE event_id = ?")) {
                bind(counted, eventId);
                counted.executeUpdate();
            }
            return StoreOutcome.DUPLICATE;
        } catch (SQLException e) {
            throw new InboxUnavailable("the event inbox cannot be written: " + e.getMessage(), e);
        }
    }

    /** Whether a stored event came from Stripe's live mode; empty when no such event is stored. */
    @Override
    public Optional<Boolean> livemode(String eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT livemode FROM webhook_events WHERE event_id = ?")) {
            bind(statement, eventId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBoolean(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new InboxUnavailable("the event inbox cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * What is due, in the order it is claimed: a dead worker's claims whose lease ran out, retries
     * whose time has come, then new events. One query per status, each ordered by the index
     * {@code (status, next_attempt_at)}, so a claim reads about {@code limit} index entries however
     * long the backlog is; a single query with {@code status IN (...) OR ...} sorted (and locked)
     * every due row first, which was measured as the worker's bottleneck with a backlog of 15,000.
     */
    private static final String ABANDONED = " WHERE status = 'processing' AND claimed_until <= ?";
    private static final List<String> DUE = List.of(
            ABANDONED,
            " WHERE status = 'failed' AND next_attempt_at <= ?",
            " WHERE status = 'received' AND next_attempt_at <= ?");

    /**
     * Claims up to {@code limit} due events for this worker (must run in a transaction): rows other
     * workers hold are skipped, not waited for; a claim whose lease ran out is due again, unless
     * that claim was the last attempt {@code retries} allows: then the row is dead, in the same
     * transaction, and its handlers never run again until an admin replays it.
     */
    @Override
    public ClaimedBatch claim(String workerId, String claimToken, int limit, Instant now, Instant leaseUntil, RetryPolicy retries) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> ids = new ArrayList<>();
            List<ClaimedBatch.Buried> buried = new ArrayList<>();
            for (String due : DUE) {
                if (ids.size() + buried.size() == limit) {
                    break;
                }
                try (PreparedStatement select = connection.prepareStatement("SELECT event_id, attempts, event_type FROM webhook_events" + due
                        + " ORDER BY next_attempt_at LIMIT " + (limit - ids.size() - buried.size()) + " FOR UPDATE SKIP LOCKED")) {
                    bind(select, utc(now));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            int attempts = rs.getInt(2);
                            if (due.equals(ABANDONED) && !retries.allowsAnotherAttempt(attempts)) {
                                buried.add(new ClaimedBatch.Buried(rs.getString(1), rs.getString(3), RetryPolicy.unfinishedClaimsError(attempts)));
                            } else {
                                ids.add(rs.getString(1));
                            }
                        }
                    }
                }
            }
            bury(connection, buried);
            if (ids.isEmpty()) {
                return new ClaimedBatch(List.of(), buried);
            }
            try (PreparedStatement mark = connection.prepareStatement("UPDATE webhook_events SET status = 'processing',"
                    + " attempts = attempts + 1, claim_token = ?, claimed_by = ?, claimed_until = ? WHERE event_id = ?")) {
                for (String id : ids) {
                    bind(mark, claimToken, workerId, utc(leaseUntil), id);
                    mark.addBatch();
                }
                mark.executeBatch();
            }
            // Read back by primary key: claim_token has no index, so reading by it scanned the whole inbox.
            Object[] keys = new Object[ids.size() + 1];
            ids.toArray(keys);
            keys[ids.size()] = claimToken;
            return new ClaimedBatch(select(connection, " WHERE event_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ") AND claim_token = ? ORDER BY next_attempt_at", keys), buried);
        } catch (SQLException e) {
            throw new InboxUnavailable("the event inbox cannot be claimed from: " + e.getMessage(), e);
        }
    }

    // The rows are locked by this transaction's SELECT ... FOR UPDATE: no other worker can claim them meanwhile.
    private static void bury(Connection connection, List<ClaimedBatch.Buried> abandoned) throws SQLException {
        if (abandoned.isEmpty()) {
            return;
        }
        try (PreparedStatement dead = connection.prepareStatement("UPDATE webhook_events SET status = 'dead', last_error = ?,"
                + " claim_token = NULL, claimed_until = NULL WHERE event_id = ? AND status = 'processing'")) {
            for (ClaimedBatch.Buried row : abandoned) {
                bind(dead, truncate(row.lastError()), row.eventId());
                dead.addBatch();
            }
            dead.executeBatch();
        }
    }

    /** Records the end of a claimed attempt; false when the claim was lost (lease expired and taken over). */
    @Override
    public boolean finish(String eventId, String claimToken, InboxStatus outcome, Instant now) {
        return update("UPDATE webhook_events SET status = ?, processed_at = ?, last_error = NULL, claim_token = NULL, claimed_until = NULL"
                + " WHERE event_id = ? AND claim_token = ? AND status = 'processing'", outcome.code(), utc(now), eventId, claimToken) == 1;
    }

    /** Records a failed attempt: due again at {@code nextAttemptAt}, or dead when there is none. */
    @Override
    public boolean fail(String eventId, String claimToken, String error, Optional<Instant> nextAttemptAt) {
        String status = nextAttemptAt.isPresent() ? InboxStatus.FAILED.code() : InboxStatus.DEAD.code();
        return update("UPDATE webhook_events SET status = ?, last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at),"
                        + " claim_token = NULL, claimed_until = NULL WHERE event_id = ? AND claim_token = ? AND status = 'processing'",
                status, truncate(error), nextAttemptAt.map(JdbcEventInbox::utc).orElse(null), eventId, claimToken) == 1;
    }

    /** An admin's replay: the event is due again with a fresh set of attempts. False while it is being processed. */
    @Override
    public boolean replay(String eventId, Instant now) {
        return update("UPDATE webhook_events SET status = 'received', attempts = 0, next_attempt_at = ?, last_error = NULL,"
                + " claim_token = NULL, claimed_until = NULL WHERE event_id = ? AND status <> 'processing'", utc(now), eventId) == 1;
    }

    @Override
    public Optional<InboxEvent> find(String eventId) {
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, " WHERE event_id = ?", eventId).stream().findFirst();
        } catch (SQLException e) {
            throw new InboxUnavailable("the event inbox cannot be read: " + e.getMessage(), e);
        }
    }

    /** Newest first, optionally filtered by status and type. */
    @Override
    public List<InboxEvent> list(Optional<InboxStatus> status, Optional<String> type, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        status.ifPresent(s -> {
            where.append(" AND status = ?");
            parameters.add(s.code());
        });
        type.ifPresent(t -> {
            where.append(" AND event_type = ?");
            parameters.add(t);
        });
        where.append(" ORDER BY received_at DESC LIMIT ").append(limit);
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, where.toString(), parameters.toArray());
        } catch (SQLException e) {
            throw new InboxUnavailable("the event inbox cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<InboxStatus, Long> countsByStatus() {
        Map<InboxStatus, Long> counts = new LinkedHashMap<>();
        Arrays.stream(InboxStatus.values()).forEach(status -> counts.put(status, 0L));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT status, COUNT(*) FROM webhook_events GROUP BY status");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                counts.put(InboxStatus.fromCode(rs.getString(1)), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new InboxUnavailable("the event inbox cannot be read: " + e.getMessage(), e);
        }
    }

    /** When the oldest event not yet handled arrived: how far the worker lags behind Stripe. */
    @Override
    public Optional<Instant> oldestUnprocessed() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT MIN(received_at) FROM webhook_events WHERE status IN ('received', 'processing', 'failed')");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getObject(1, LocalDateTime.class)).map(time -> time.toInstant(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new InboxUnavailable("the event inbox cannot be read: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new InboxUnavailable("the event inbox cannot be updated: " + e.getMessage(), e);
        }
    }

    private static List<InboxEvent> select(Connection connection, String clause, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM webhook_events" + clause)) {
            bind(statement, parameters);
            List<InboxEvent> events = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    events.add(new InboxEvent(rs.getString(1), WebhookEndpoint.fromCode(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), InboxStatus.fromCode(rs.getString(8)),
                            rs.getInt(9), rs.getInt(10), instant(rs, 11), rs.getString(12), rs.getString(13), rs.getString(14),
                            instant(rs, 15), instant(rs, 16)));
                }
            }
            return events;
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    // Stored as UTC wall-clock time, so the server's and the database's time zones never matter.
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    // MySQL/MariaDB: error 1062 (ER_DUP_ENTRY); H2: SQLState 23505 (unique violation).
    private static boolean isDuplicateKey(SQLException e) {
        return e.getErrorCode() == 1062 || "23505".equals(e.getSQLState());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
