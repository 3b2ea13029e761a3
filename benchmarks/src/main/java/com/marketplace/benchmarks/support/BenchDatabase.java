package com.marketplace.benchmarks.support;

import com.marketplace.benchmarks.handlers.EffectiveHandlerRuns;
import com.marketplace.testsupport.TestMariaDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB/MySQL database a benchmark or fault run owns (recreated empty at the start), on the
 * server {@code bin/lib/test-database.sh} prepared: the same server, settings and durability the
 * application writes to.
 */
public final class BenchDatabase {

    private final String name;

    public BenchDatabase(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return TestMariaDb.jdbcUrl(name);
    }

    public String host() {
        return TestMariaDb.host();
    }

    public int port() {
        return Integer.parseInt(TestMariaDb.port());
    }

    public BenchDatabase recreate() throws SQLException {
        TestMariaDb.recreate(name);
        return this;
    }

    public Connection connect() throws SQLException {
        return TestMariaDb.connect(name);
    }

    /** After the application's migrations ran (Flyway refuses a schema it did not create). */
    public void createRecordingTable() throws SQLException {
        execute(EffectiveHandlerRuns.TABLE_DDL);
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** A server variable, for the report (durability settings the figures were taken under). */
    public String variable(String variable) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement("SHOW VARIABLES LIKE ?")) {
            select.setString(1, variable);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(2) : "unknown";
            }
        }
    }
}
