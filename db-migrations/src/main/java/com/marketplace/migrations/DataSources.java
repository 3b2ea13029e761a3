package com.marketplace.migrations;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Plain, unpooled driver data sources for {@link DatabaseSettings}. Vendor classes rather than
 * {@code DriverManager}, because inside a war the drivers are not registered with the system
 * class loader's {@code DriverManager}.
 */
public final class DataSources {

    private DataSources() {
    }

    public static DataSource unpooled(DatabaseSettings settings) {
        return switch (settings.kind()) {
            case MYSQL -> mysql(settings);
            case H2 -> h2(settings);
        };
    }

    private static DataSource mysql(DatabaseSettings settings) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(settings.jdbcUrl());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        withDriverCaches(dataSource, settings.jdbcUrl());
        return new Described(dataSource, settings);
    }

    /**
     * Connector/J's defaults parse every SQL string again at each {@code prepareStatement} and ask
     * the server for session state the pool already knows. Profiled under webhook load, parsing
     * alone ({@code QueryInfo}) was about a third of the webhook endpoint's CPU. These caches are
     * per connection and change no result. A property the URL names is left as the URL says.
     */
    private static void withDriverCaches(MysqlDataSource dataSource, String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        try {
            if (!url.contains("cacheprepstmts")) {
                dataSource.setCachePrepStmts(true);
            }
            if (!url.contains("prepstmtcachesize")) {
                dataSource.setPrepStmtCacheSize(256);
            }
            if (!url.contains("prepstmtcachesqllimit")) {
                dataSource.setPrepStmtCacheSqlLimit(2048);
            }
            if (!url.contains("uselocalsessionstate")) {
                dataSource.setUseLocalSessionState(true);
            }
            if (!url.contains("cacheserverconfiguration")) {
                dataSource.setCacheServerConfiguration(true);
            }
            if (!url.contains("maintaintimestats")) {
                dataSource.setMaintainTimeStats(false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Connector/J refused a cache setting: " + e.getMessage(), e);
        }
    }

    private static DataSource h2(DatabaseSettings settings) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(settings.jdbcUrl());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        return new Described(dataSource, settings);
    }

    /** Delegates everything; exists so that printing the data source never prints a password. */
    private record Described(DataSource delegate, DatabaseSettings settings) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return delegate.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(delegate) ? type.cast(delegate) : delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(delegate) || delegate.isWrapperFor(type);
        }

        @Override
        public String toString() {
            return settings.describe();
        }
    }
}
