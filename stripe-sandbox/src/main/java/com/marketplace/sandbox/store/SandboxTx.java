package com.marketplace.sandbox.store;

import com.marketplace.sandbox.protocol.JsonText;
import com.marketplace.sandbox.protocol.StripeObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The operations on the sandbox's tables, within one connection (and transaction, for writes). */
public final class SandboxTx {

    private final Connection connection;

    SandboxTx(Connection connection) {
        this.connection = connection;
    }

    public StripeObject insert(Scope scope, StripeObject object) {
        return insert(scope, object, null, null);
    }

    public StripeObject insert(Scope scope, StripeObject object, String parentId, String lookupKey) {
        execute("INSERT INTO sandbox_objects (id, object_type, scope, parent_id, lookup_key, created, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                object.id(), object.objectType(), scope.key(), parentId, lookupKey,
                object.get("created") instanceof Number n ? n.longValue() : SandboxClock.nowSeconds(), JsonText.write(object));
        return object;
    }

    public void update(StripeObject object) {
        execute("UPDATE sandbox_objects SET body = ? WHERE id = ?", JsonText.write(object), object.id());
    }

    public void update(StripeObject object, String lookupKey) {
        execute("UPDATE sandbox_objects SET body = ?, lookup_key = ? WHERE id = ?", JsonText.write(object), lookupKey, object.id());
    }

    public Optional<ScopedObject> find(String id) {
        return query("SELECT scope, body FROM sandbox_objects WHERE id = ?", List.of(id),
                rs -> new ScopedObject(Scope.fromKey(rs.getString(1)), SandboxStore.parse(rs.getString(2))))
                .stream().findFirst();
    }

    /** The object if it lives in this scope; Stripe's 404 otherwise, even when it exists elsewhere. */
    public StripeObject get(String id, Scope scope, String objectName) {
        return find(id)
                .filter(found -> found.scope().equals(scope) && objectName.equals(found.object().objectType()))
                .map(ScopedObject::object)
                .orElseThrow(() -> SandboxStore.missing(objectName, id));
    }

    /** Newest first, as Stripe lists; {@code startingAfter} is the last id of the previous page. */
    public List<StripeObject> list(String objectType, Scope scope, int limit, String startingAfter) {
        long before = Long.MAX_VALUE;
        if (startingAfter != null) {
            before = query("SELECT seq FROM sandbox_objects WHERE id = ?", List.of(startingAfter), rs -> rs.getLong(1))
                    .stream().findFirst().orElse(Long.MAX_VALUE);
        }
        return query("SELECT body FROM sandbox_objects WHERE object_type = ? AND scope = ? AND seq < ? ORDER BY seq DESC LIMIT ?",
                List.of(objectType, scope.key(), before, limit), rs -> SandboxStore.parse(rs.getString(1)));
    }

    /** Objects hanging off a parent (line items of a session, refunds of a charge), oldest first. */
    public List<StripeObject> children(String parentId, String objectType) {
        return query("SELECT body FROM sandbox_objects WHERE parent_id = ? AND object_type = ? ORDER BY seq",
                List.of(parentId, objectType), rs -> SandboxStore.parse(rs.getString(1)));
    }

    public List<ScopedObject> byLookupKey(String objectType, String lookupKey) {
        return query("SELECT scope, body FROM sandbox_objects WHERE object_type = ? AND lookup_key = ? ORDER BY seq",
                List.of(objectType, lookupKey), rs -> new ScopedObject(Scope.fromKey(rs.getString(1)), SandboxStore.parse(rs.getString(2))));
    }

    public Optional<String> setting(String name) {
        return query("SELECT setting_value FROM sandbox_settings WHERE setting_name = ?", List.of(name), rs -> rs.getString(1)).stream().findFirst();
    }

    public void putSetting(String name, String value) {
        if (execute("UPDATE sandbox_settings SET setting_value = ? WHERE setting_name = ?", value, name) == 0) {
            execute("INSERT INTO sandbox_settings (setting_name, setting_value) VALUES (?, ?)", name, value);
        }
    }

    public int execute(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, Arrays.asList(parameters));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox store failed: " + e.getMessage(), e);
        }
    }

    public <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox store failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public record ScopedObject(Scope scope, StripeObject object) {
    }
}
