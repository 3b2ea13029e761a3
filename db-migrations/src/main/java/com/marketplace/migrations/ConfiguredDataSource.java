package com.marketplace.migrations;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The driver-level data source behind the container's pool, pointed by {@link DatabaseSettings}
 * ({@code DB_URL} or the embedded default) read through MicroProfile Config. The container
 * creates it by class name with a no-argument constructor, before CDI exists.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource target;
    private String component;
    private int loginTimeoutSeconds;
    private PrintWriter logWriter;

    public ConfiguredDataSource() {
        // created reflectively by the connection pool
    }

    /**
     * Set by the pool from the data source definition's properties ({@code component=stripe-sandbox}):
     * the data source then reads that component's own keys (see {@link DatabaseSettings#resolveFor}).
     */
    public void setComponent(String component) {
        this.component = component == null || component.isBlank() ? null : component;
    }

    public String getComponent() {
        return component;
    }

    private DataSource target() {
        DataSource resolved = target;
        if (resolved == null) {
            synchronized (this) {
                if (target == null) {
                    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
                    java.util.function.Function<String, java.util.Optional<String>> lookup = key -> config.getOptionalValue(key, String.class);
                    target = DataSources.unpooled(component == null
                            ? DatabaseSettings.resolve(lookup) : DatabaseSettings.resolveFor(component, lookup));
                }
                resolved = target;
            }
        }
        return resolved;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    /** The pool may pass the annotation's (empty) credentials; the configured ones are the real ones. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }

    @Override
    public String toString() {
        return target().toString();
    }
}
