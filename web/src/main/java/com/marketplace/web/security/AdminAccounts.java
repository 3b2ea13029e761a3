package com.marketplace.web.security;

import com.marketplace.platform.alerts.domain.AdminContacts;
import com.marketplace.platform.kernel.persistence.DataSourceNames;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code admin_accounts} table: an admin's email and password hash, nothing else. Every admin
 * is created by {@link AdminBootstrap} from the configuration; one it no longer names is disabled
 * by replacing the hash with {@value #DISABLED}, which no password matches (it is not a hash), so
 * the row, and who it was, stays for the record.
 */
@ApplicationScoped
public class AdminAccounts implements AdminContacts {

    static final String DISABLED = "disabled";

    @Resource(lookup = DataSourceNames.MARKETPLACE)
    DataSource dataSource;

    public Optional<String> passwordHash(String email) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT password_hash FROM admin_accounts WHERE email = ?")) {
            select.setString(1, normalize(email));
            try (ResultSet row = select.executeQuery()) {
                return row.next() && !DISABLED.equals(row.getString(1)) ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("admin accounts could not be read", e);
        }
    }

    /** Creates the admin, or replaces their password hash; true when a row was written. */
    public boolean save(String email, String passwordHash, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE admin_accounts SET password_hash = ?, updated_at = ? WHERE email = ?")) {
                update.setString(1, passwordHash);
                update.setTimestamp(2, Timestamp.from(now));
                update.setString(3, normalize(email));
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO admin_accounts (email, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, normalize(email));
                insert.setString(2, passwordHash);
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setTimestamp(4, Timestamp.from(now));
                return insert.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the admin account could not be saved", e);
        }
    }

    @Override
    public List<String> emails() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT email FROM admin_accounts WHERE password_hash <> ? ORDER BY email")) {
            select.setString(1, DISABLED);
            List<String> emails = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
            }
            return emails;
        } catch (SQLException e) {
            throw new IllegalStateException("the admins could not be read", e);
        }
    }

    /** Disables every admin but {@code email}; answers the emails it disabled just now. */
    public List<String> disableAllBut(String email, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> enabled = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT email FROM admin_accounts WHERE email <> ? AND password_hash <> ?")) {
                select.setString(1, normalize(email));
                select.setString(2, DISABLED);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        enabled.add(rows.getString(1));
                    }
                }
            }
            List<String> disabled = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE admin_accounts SET password_hash = ?, updated_at = ? WHERE email = ? AND password_hash <> ?")) {
                for (String other : enabled) {
                    update.setString(1, DISABLED);
                    update.setTimestamp(2, Timestamp.from(now));
                    update.setString(3, other);
                    update.setString(4, DISABLED);
                    if (update.executeUpdate() == 1) {
                        disabled.add(other);
                    }
                }
            }
            return disabled;
        } catch (SQLException e) {
            throw new IllegalStateException("admin accounts could not be disabled", e);
        }
    }

    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
