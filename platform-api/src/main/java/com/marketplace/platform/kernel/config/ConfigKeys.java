package com.marketplace.platform.kernel.config;

/**
 * Every configuration key the marketplace reads (MicroProfile Config; environment variables win
 * over the war's defaults). docs/configuration.md documents each one.
 */
public final class ConfigKeys {

    public static final String MARKETPLACE_MODE = "MARKETPLACE_MODE";
    public static final String STRIPE_SECRET_KEY = "STRIPE_SECRET_KEY";
    public static final String STRIPE_PUBLISHABLE_KEY = "STRIPE_PUBLISHABLE_KEY";
    public static final String STRIPE_WEBHOOK_SECRET = "STRIPE_WEBHOOK_SECRET";
    public static final String STRIPE_CONNECT_WEBHOOK_SECRET = "STRIPE_CONNECT_WEBHOOK_SECRET";
    public static final String STRIPE_API_BASE = "STRIPE_API_BASE";
    public static final String PORT = "PORT";
    public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
    public static final String ADMIN_EMAIL = "ADMIN_EMAIL";
    public static final String ADMIN_PASSWORD = "ADMIN_PASSWORD";
    /** {@code express} (default) or {@code standard}: the kind of connected account new sellers get. */
    public static final String SELLER_ACCOUNT_TYPE = "SELLER_ACCOUNT_TYPE";
    // DB_URL, DB_USER, DB_PASSWORD and MARKETPLACE_DATA_DIR are read by DatabaseSettings in
    // db-migrations, because the container creates the data source before CDI exists.

    public static final int DEFAULT_PORT = 8080;

    private ConfigKeys() {
    }
}
