package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The indexes the lists and the admins' 30-day figures read (docs/read-paths.md), and the
 * storefront's full-text index.
 *
 * <p>The lists seek by id from their cursor: measured with ANALYZE at 200,000 products and 500,000
 * orders on MariaDB 10.11, they read the primary key backwards (or forwards) from the cursor and
 * stop after the page, about 100 rows. An index led by a column the list filters on by equality,
 * V1's {@code (active, id)} or an {@code (status, id)}, made it worse: the optimizer takes it as a
 * {@code ref} on {@code active = TRUE} alone, walks it from the end of the list to the cursor and
 * filters the id, 95,000 rows for a page in the middle of the catalogue (240 ms). {@code active}
 * holds nearly every product, so the primary key finds the page as fast, and V1's index goes.
 * A seller's lists read {@code (seller_id, id)} (V1, V5), which is selective.
 *
 * <p>A Java migration, the only one, because the full-text index exists only on MySQL and MariaDB
 * (InnoDB {@code FULLTEXT}); the embedded H2 of {@code bin/run} gets the rest, and its search
 * stays with {@code LIKE} (JpaProductRepository).
 */
public class V23__read_paths extends BaseJavaMigration {

    static final List<String> EVERY_DATABASE = List.of(
            // The KPIs' orders paid in a window, answered from the index alone (no row read per order).
            "CREATE INDEX ix_orders_paid_figures ON orders (currency, paid_at, status, amount_total, application_fee_amount,"
                    + " amount_refunded, created_at)",
            // The checkouts started in a window: conversion and drop-off, from the index alone.
            "CREATE INDEX ix_orders_created_figures ON orders (currency, created_at, status, paid_at, checkout_session_id)",
            // The payments failed in a window: V5's (status, updated_at) read each order row for its
            // currency (221 ms for 8,000 failures at 500,000 orders with a 128 MB buffer pool).
            "CREATE INDEX ix_orders_failed_figures ON orders (status, updated_at, currency)");

    static final String FULL_TEXT = "CREATE FULLTEXT INDEX ft_products_text ON products (name, description)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            boolean mysql = isMySqlOrMariaDb(connection);
            statement.execute(mysql ? "DROP INDEX idx_products_active ON products" : "DROP INDEX idx_products_active");
            for (String ddl : EVERY_DATABASE) {
                statement.execute(ddl);
            }
            if (mysql) {
                statement.execute(FULL_TEXT);
            }
        }
    }

    private static boolean isMySqlOrMariaDb(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
