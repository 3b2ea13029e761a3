package com.marketplace.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB/MySQL server the integration tests use, as {@code bin/test} prepared it (system
 * properties {@code test.db.*}, passed by Failsafe; defaults are this machine's root on 127.0.0.1).
 */
public final class TestMariaDb {

    private TestMariaDb() {
    }

    public static String host() {
        return System.getProperty("test.db.host", "127.0.0.1");
    }

    public static String port() {
        return System.getProperty("test.db.port", "3306");
    }

    public static String user() {
        return System.getProperty("test.db.user", "root");
    }

    public static String password() {
        return System.getProperty("test.db.password", "");
    }

    /** The database the test run owns; bin/test drops and recreates it before every run. */
    public static String testDatabase() {
        return System.getProperty("test.db.name", "marketplace_test");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:mysql://" + host() + ":" + port() + "/" + database;
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    /** A fresh, empty database for a test that needs its own schema; names must start with marketplace_. */
    public static void recreate(String database) throws SQLException {
        if (!database.matches("marketplace_[a-z0-9_]+")) {
            throw new IllegalArgumentException("test databases are named marketplace_*: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public static void drop(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
        }
    }
}
