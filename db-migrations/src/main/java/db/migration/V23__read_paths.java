package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes that make each list a range read in id order from its cursor (docs/read-paths.md), the
 * covering indexes of the admins' 30-day figures, and the storefront's full-text index.
 *
 * <p>A Java migration, the only one, because the full-text index exists only on MySQL and MariaDB
 * (InnoDB {@code FULLTEXT}); the embedded H2 of {@code bin/run} gets every other index, and its
 * search falls back to {@code LIKE} (JpaProductRepository). The rest is plain DDL both accept.
 */
public class V23__read_paths extends BaseJavaMigration {

    static final List<String> EVERY_DATABASE = List.of(
            // The storefront narrowed to a currency, newest first (the whole shop reads (active, id) of V1).
            "CREATE INDEX ix_products_active_currency ON products (active, currency, id)",
            // A seller's orders in one status, and every seller's in one status (the admin's ?status=).
            "CREATE INDEX ix_orders_seller_status ON orders (seller_id, status, id)",
            "CREATE INDEX ix_orders_status_id ON orders (status, id)",
            // The KPIs' orders paid in a window, answered from the index alone (no row read per order).
            "CREATE INDEX ix_orders_paid_figures ON orders (currency, paid_at, status, amount_total, application_fee_amount,"
                    + " amount_refunded, created_at)",
            // The checkouts started in a window: conversion and drop-off, from the index alone.
            "CREATE INDEX ix_orders_created_figures ON orders (currency, created_at, status, paid_at, checkout_session_id)");

    static final String FULL_TEXT = "CREATE FULLTEXT INDEX ft_products_text ON products (name, description)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String ddl : EVERY_DATABASE) {
                statement.execute(ddl);
            }
            if (hasInnoDbFullText(connection)) {
                statement.execute(FULL_TEXT);
            }
        }
    }

    private static boolean hasInnoDbFullText(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
