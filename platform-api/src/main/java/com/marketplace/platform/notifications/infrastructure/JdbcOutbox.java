package com.marketplace.platform.notifications.infrastructure;

import com.marketplace.platform.kernel.persistence.DataSourceNames;
import com.marketplace.platform.notifications.domain.NewNotification;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import com.marketplace.platform.notifications.domain.Outbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link Outbox} as the table {@code notifications}, in plain JDBC as the webhook inbox: claiming
 * needs {@code FOR UPDATE SKIP LOCKED}, which JPQL cannot say. The connection is the container's
 * pool, so {@link #add} runs in the caller's transaction, next to the order's own UPDATE. Every
 * change after a claim names its lease token: a worker whose lease ran out cannot overwrite the
 * outcome of the worker that took the row over.
 */
@ApplicationScoped
public class JdbcOutbox implements Outbox {

    private static final String COLUMNS = "id, kind, recipient, subject_id, data, status, attempts, next_attempt_at, lease_token,"
            + " created_at, sent_at, last_error";

    @Resource(lookup = DataSourceNames.MARKETPLACE)
    DataSource dataSource;

    // Insert-or-nothing on the unique key (kind, subject_id): the unique violation of a message that
    // exists is answered "exists" and undoes only this statement, not the caller's transaction. No
    // read before it: an INSERT ... WHERE NOT EXISTS takes InnoDB gap locks under REPEATABLE READ, on
    // which two payments committing at the same moment, for different orders, deadlock.
    @Override
    public boolean add(NewNotification message, Instant now) {
        String sql = "INSERT INTO notifications (kind, recipient, subject_id, data, status, attempts, next_attempt_at, created_at)"
                + " VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            Sql.bind(insert, message.kind().code(), message.recipient(), message.subjectId(), NotificationData.toJson(message.data()),
                    Sql.utc(now), Sql.utc(now));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (Sql.isDuplicateKey(e)) {
                return false;
            }
            throw new IllegalStateException("the notification outbox cannot be written: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Notification> claim(String leaseToken, int limit, Instant now, Instant leaseUntil, int maxAttempts) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement bury = connection.prepareStatement("UPDATE notifications SET status = 'DEAD', lease_token = NULL,"
                    + " lease_until = NULL, last_error = ? WHERE status = 'PENDING' AND lease_until < ? AND attempts >= ?")) {
                Sql.bind(bury, "its worker did not finish the last attempt (it died or outlived its lease)", Sql.utc(now), maxAttempts);
                bury.executeUpdate();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM notifications WHERE status = 'PENDING'"
                    + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at, id"
                    + " LIMIT " + limit + " FOR UPDATE SKIP LOCKED")) {
                Sql.bind(select, Sql.utc(now), Sql.utc(now));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement lease = connection.prepareStatement("UPDATE notifications SET attempts = attempts + 1,"
                    + " lease_token = ?, lease_until = ? WHERE id = ?")) {
                for (Long id : ids) {
                    Sql.bind(lease, leaseToken, Sql.utc(leaseUntil), id);
                    lease.addBatch();
                }
                lease.executeBatch();
            }
            Object[] keys = new Object[ids.size() + 1];
            ids.toArray(keys);
            keys[ids.size()] = leaseToken;
            return select(connection, " WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ") AND lease_token = ? ORDER BY next_attempt_at, id", keys);
        } catch (SQLException e) {
            throw new IllegalStateException("the notification outbox cannot be claimed from: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean sent(long id, String leaseToken, Instant now) {
        return update("UPDATE notifications SET status = 'SENT', sent_at = ?, last_error = NULL, lease_token = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_token = ? AND status = 'PENDING'", Sql.utc(now), id, leaseToken) == 1;
    }

    @Override
    public boolean retryLater(long id, String leaseToken, String error, Instant nextAttemptAt) {
        return update("UPDATE notifications SET next_attempt_at = ?, last_error = ?, lease_token = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_token = ? AND status = 'PENDING'", Sql.utc(nextAttemptAt), Sql.truncate(error), id, leaseToken) == 1;
    }

    @Override
    public boolean dead(long id, String leaseToken, String error) {
        return update("UPDATE notifications SET status = 'DEAD', last_error = ?, lease_token = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_token = ? AND status = 'PENDING'", Sql.truncate(error), id, leaseToken) == 1;
    }

    @Override
    public boolean resend(long id, Instant now) {
        return update("UPDATE notifications SET status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_token = NULL,"
                + " lease_until = NULL WHERE id = ? AND status = 'DEAD'", Sql.utc(now), id) == 1;
    }

    @Override
    public Optional<Notification> find(long id) {
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, " WHERE id = ?", id).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("the notification outbox cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Notification> list(Optional<NotificationStatus> status, Optional<Long> startingAfter, int limit) {
        // By the primary key, newest first: a page costs the same however long the table is.
        StringBuilder where = new StringBuilder(" WHERE id < ?");
        List<Object> parameters = new ArrayList<>(List.of(startingAfter.orElse(Long.MAX_VALUE)));
        status.ifPresent(wanted -> {
            where.append(" AND status = ?");
            parameters.add(wanted.name());
        });
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, where + " ORDER BY id DESC LIMIT " + limit, parameters.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException("the notification outbox cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long count(NotificationStatus status) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM notifications WHERE status = ?")) {
            statement.setString(1, status.name());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the notification outbox cannot be read: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the notification outbox cannot be updated: " + e.getMessage(), e);
        }
    }

    private static List<Notification> select(Connection connection, String clause, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM notifications" + clause)) {
            Sql.bind(statement, parameters);
            List<Notification> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new Notification(rs.getLong(1), NotificationKind.fromCode(rs.getString(2)), rs.getString(3), rs.getString(4),
                            NotificationData.fromJson(rs.getString(5)), NotificationStatus.valueOf(rs.getString(6)), rs.getInt(7),
                            Sql.instant(rs, 8), Optional.ofNullable(rs.getString(9)), Sql.instant(rs, 10),
                            Optional.ofNullable(Sql.instant(rs, 11)), Optional.ofNullable(rs.getString(12))));
                }
            }
            return found;
        }
    }
}
