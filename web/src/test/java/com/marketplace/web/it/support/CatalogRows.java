package com.marketplace.web.it.support;

import com.marketplace.testsupport.TestMariaDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds and reads product rows directly in the test database, so tests can compare what the API
 * answers with what the database holds. Writes through the API come with the seller issue.
 */
public final class CatalogRows {

    private CatalogRows() {
    }

    public static long insertProduct(long sellerId, String name, long priceAmount, String currency, int stock,
                                     boolean active) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO products (seller_id, name, description, price_amount, currency, stock, active, created_at, updated_at)"
                             + " VALUES (?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, sellerId);
            insert.setString(2, name);
            insert.setString(3, "About " + name);
            insert.setLong(4, priceAmount);
            insert.setString(5, currency);
            insert.setInt(6, stock);
            insert.setBoolean(7, active);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** {@code count} active products of the seller, named {@code name} and their number, inserted in one transaction, oldest first. */
    public static void insertProducts(long sellerId, String name, int count) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO products (seller_id, name, description, price_amount, currency, stock, active, created_at, updated_at)"
                             + " VALUES (?, ?, ?, 1500, 'eur', 3, TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                insert.setLong(1, sellerId);
                insert.setString(2, name + " no. " + i);
                insert.setString(3, "About " + name);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /** The offered products (active, of an ACTIVE seller with an account), oldest first: what the catalog must list. */
    public static List<ProductRow> offeredProducts() throws SQLException {
        List<ProductRow> rows = new ArrayList<>();
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT p.id, p.seller_id, p.name, p.description, p.price_amount, p.currency, p.stock, p.active"
                     + " FROM products p JOIN sellers s ON s.id = p.seller_id"
                     + " WHERE p.active = TRUE AND s.onboarding_status = 'ACTIVE' AND s.stripe_account_id IS NOT NULL ORDER BY p.id")) {
            while (rs.next()) {
                rows.add(new ProductRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getInt(7), rs.getBoolean(8)));
            }
        }
        return rows;
    }

    public record ProductRow(long id, long sellerId, String name, String description, long priceAmount,
                             String currency, int stock, boolean active) {
    }
}
