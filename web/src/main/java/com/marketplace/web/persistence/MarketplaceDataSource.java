package com.marketplace.web.persistence;

import com.marketplace.platform.kernel.persistence.DataSourceNames;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's pooled, transactional data source. The container pools and enlists
 * connections; {@link com.marketplace.migrations.ConfiguredDataSource} decides where they go (MySQL or the embedded H2) from
 * configuration, because annotation values cannot read the war's configuration here.
 */
@DataSourceDefinition(
        name = DataSourceNames.MARKETPLACE,
        className = "com.marketplace.migrations.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
                // A database that blinked must not leave dead connections in the pool.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class MarketplaceDataSource {
}
