package com.marketplace.platform.kernel.persistence;

/** JNDI names of the application's data sources (defined in the web module). */
public final class DataSourceNames {

    public static final String MARKETPLACE = "java:app/jdbc/marketplace";

    private DataSourceNames() {
    }
}
