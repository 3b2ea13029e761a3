package com.marketplace.platform.idempotency.infrastructure;

import com.marketplace.platform.idempotency.domain.CallerScope;
import com.marketplace.platform.idempotency.domain.Claim;
import com.marketplace.platform.idempotency.domain.IdempotencyKey;
import com.marketplace.platform.idempotency.domain.KeyRecord;
import com.marketplace.platform.idempotency.domain.KeyStore;
import com.marketplace.platform.idempotency.domain.RequestFingerprint;
import com.marketplace.platform.idempotency.domain.StoredResponse;
import com.marketplace.platform.kernel.persistence.DataSourceNames;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link KeyStore} as the table {@code idempotency_keys}, in plain JDBC (the same SQL on MariaDB
 * and the embedded H2). Each method is its own transaction ({@code REQUIRES_NEW}): it commits before
 * the request's work begins or after it ended, never with it. Every change after the claim names
 * the claim's token, so a request that outlived its lease cannot touch the new holder's record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JdbcKeyStore implements KeyStore {

    private static final String COLUMNS = "caller_scope, idem_key, request_hash, request_method, request_path, state, claim_token,"
            + " lease_until, response_status, content_type, location, response_body, created_at, expires_at";
    private static final int PATH_COLUMN = 500;

    @Resource(lookup = DataSourceNames.MARKETPLACE)
    DataSource dataSource;

    @Override
    public boolean insert(KeyRecord claim) {
        String sql = "INSERT INTO idempotency_keys (caller_scope, idem_key, request_hash, request_method, request_path, state,"
                + " claim_token, lease_until, created_at, expires_at) VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            bind(insert, claim.scope().value(), keyBytes(claim.key()), claim.request().hash(), claim.request().method(),
                    truncated(claim.request().path()), claim.claimToken(), utc(claim.leaseUntil()), utc(claim.createdAt()),
                    utc(claim.expiresAt()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw failure("written", e);
        }
    }

    @Override
    public Optional<KeyRecord> find(CallerScope scope, IdempotencyKey key) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM idempotency_keys WHERE caller_scope = ? AND idem_key = ?")) {
            bind(select, scope.value(), keyBytes(key));
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(record(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public boolean takeOver(String previousToken, KeyRecord claim) {
        return update("UPDATE idempotency_keys SET request_hash = ?, request_method = ?, request_path = ?, state = 'IN_PROGRESS',"
                        + " claim_token = ?, lease_until = ?, response_status = NULL, content_type = NULL, location = NULL,"
                        + " response_body = NULL, created_at = ?, expires_at = ? WHERE caller_scope = ? AND idem_key = ? AND claim_token = ?",
                claim.request().hash(), claim.request().method(), truncated(claim.request().path()), claim.claimToken(),
                utc(claim.leaseUntil()), utc(claim.createdAt()), utc(claim.expiresAt()), claim.scope().value(), keyBytes(claim.key()),
                previousToken) == 1;
    }

    @Override
    public boolean complete(Claim claim, StoredResponse response) {
        return update("UPDATE idempotency_keys SET state = 'DONE', response_status = ?, content_type = ?, location = ?, response_body = ?"
                        + " WHERE caller_scope = ? AND idem_key = ? AND claim_token = ? AND state = 'IN_PROGRESS'",
                response.status(), response.contentType().orElse(null), response.location().orElse(null), response.body(),
                claim.scope().value(), keyBytes(claim.key()), claim.token()) == 1;
    }

    @Override
    public boolean release(Claim claim) {
        return update("DELETE FROM idempotency_keys WHERE caller_scope = ? AND idem_key = ? AND claim_token = ? AND state = 'IN_PROGRESS'",
                claim.scope().value(), keyBytes(claim.key()), claim.token()) == 1;
    }

    // By id, in two steps: "DELETE ... LIMIT" is MySQL's own, and the embedded H2 reads it otherwise.
    @Override
    public int purgeExpired(Instant now, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM idempotency_keys WHERE expires_at < ? ORDER BY expires_at LIMIT " + limit)) {
                bind(select, utc(now));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            List<Object> parameters = new ArrayList<>(ids);
            parameters.add(utc(now));
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_keys WHERE id IN ("
                    + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") AND expires_at < ?")) {
                bind(delete, parameters.toArray());
                delete.executeUpdate();
            }
            // The batch was full or not: the caller stops at a short batch, whatever another instance deleted meanwhile.
            return ids.size();
        } catch (SQLException e) {
            throw failure("purged", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("updated", e);
        }
    }

    private static KeyRecord record(ResultSet rs) throws SQLException {
        KeyRecord.State state = KeyRecord.State.valueOf(rs.getString("state"));
        Optional<StoredResponse> response = state == KeyRecord.State.DONE
                ? Optional.of(new StoredResponse(rs.getInt("response_status"), Optional.ofNullable(rs.getString("content_type")),
                        Optional.ofNullable(rs.getString("location")), rs.getBytes("response_body")))
                : Optional.empty();
        return new KeyRecord(new CallerScope(rs.getString("caller_scope")),
                new IdempotencyKey(new String(rs.getBytes("idem_key"), StandardCharsets.US_ASCII)),
                new RequestFingerprint(rs.getString("request_method"), rs.getString("request_path"), rs.getString("request_hash")),
                state, rs.getString("claim_token"), instant(rs, "lease_until"), response, instant(rs, "created_at"),
                instant(rs, "expires_at"));
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (parameters[i] instanceof byte[] bytes) {
                statement.setBytes(i + 1, bytes);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }

    private static byte[] keyBytes(IdempotencyKey key) {
        return key.value().getBytes(StandardCharsets.US_ASCII);
    }

    // The path is kept to name the first request in a refusal; the hash, not this text, decides.
    private static String truncated(String path) {
        return path.length() <= PATH_COLUMN ? path : path.substring(0, PATH_COLUMN);
    }

    // Stored as UTC wall-clock time, so the server's and the database's time zones never matter.
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    // MySQL/MariaDB: error 1062 (ER_DUP_ENTRY); H2: SQLState 23505 (unique violation).
    private static boolean isDuplicateKey(SQLException e) {
        return e.getErrorCode() == 1062 || "23505".equals(e.getSQLState());
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("the idempotency keys cannot be " + what + ": " + e.getMessage(), e);
    }
}
