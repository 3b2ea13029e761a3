package com.marketplace.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What any database must show after the migrations, whichever engine ran them. */
final class SchemaAssertions {

    private SchemaAssertions() {
    }

    static List<String> productColumns(DataSource dataSource) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), null, "products", null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase());
            }
        }
        return columns;
    }

    static void assertProductsTableEnforcesItsRules(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO sellers (id, email, password_hash, display_name, country, default_currency, charge_type,"
                    + " account_type, account_request_key, created_at, updated_at) VALUES (1, 'potter@sellers.test', 'x', 'Potter', 'FR',"
                    + " 'eur', 'DIRECT', 'EXPRESS', '00000000-0000-0000-0000-000000000001', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.executeUpdate("INSERT INTO products (seller_id, name, price_amount, currency, stock, active, created_at, updated_at)"
                    + " VALUES (1, 'Mug', 1500, 'eur', 3, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            try (ResultSet rs = statement.executeQuery("SELECT price_amount, currency, stock FROM products WHERE name = 'Mug'")) {
                rs.next();
                assertEquals(1500L, rs.getLong(1));
                assertEquals("eur", rs.getString(2));
                assertEquals(3, rs.getInt(3));
            }
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO products (seller_id, name, price_amount, currency, stock, created_at, updated_at)"
                            + " VALUES (1, 'Free', 0, 'eur', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                    "a zero price must be refused by the database itself");
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE products SET stock = -1 WHERE name = 'Mug'"),
                    "negative stock must be refused by the database itself");
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO products (seller_id, name, price_amount, currency, stock, created_at, updated_at)"
                            + " VALUES (999, 'Orphan', 100, 'eur', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                    "a product belongs to a seller that exists");
        }
    }

    /** Run after {@link #assertProductsTableEnforcesItsRules}: a picture belongs to a product that exists and goes with it. */
    static void assertProductPicturesBelongToAProduct(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long mug;
            try (ResultSet rs = statement.executeQuery("SELECT id FROM products WHERE name = 'Mug'")) {
                rs.next();
                mug = rs.getLong(1);
            }
            statement.executeUpdate("INSERT INTO product_images (product_id, content_type, content, digest, updated_at) VALUES (" + mug
                    + ", 'image/png', X'89504E47', '" + "a".repeat(64) + "', CURRENT_TIMESTAMP)");
            statement.executeUpdate("UPDATE products SET image_digest = '" + "a".repeat(64) + "' WHERE id = " + mug);
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO product_images (product_id, content_type, content, digest, updated_at)"
                            + " VALUES (999999, 'image/png', X'89504E47', 'b', CURRENT_TIMESTAMP)"),
                    "a picture belongs to a product that exists");
            statement.executeUpdate("DELETE FROM products WHERE id = " + mug);
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM product_images")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "a product's picture goes with it");
            }
        }
    }
}
