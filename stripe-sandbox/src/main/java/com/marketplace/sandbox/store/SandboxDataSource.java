package com.marketplace.sandbox.store;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sandbox's pool, on a database of its own: Stripe's state is not the platform's. By default
 * an embedded file under {@code MARKETPLACE_DATA_DIR/stripe-sandbox}, so it survives restarts;
 * {@code SANDBOX_DB_URL} (with {@code SANDBOX_DB_USER}/{@code SANDBOX_DB_PASSWORD}) moves it.
 */
@DataSourceDefinition(
        name = SandboxStore.DATA_SOURCE,
        className = "com.marketplace.migrations.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 16,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "component=" + SandboxStore.COMPONENT
        })
@ApplicationScoped
public class SandboxDataSource {
}
