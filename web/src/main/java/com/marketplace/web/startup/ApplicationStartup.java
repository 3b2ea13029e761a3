package com.marketplace.web.startup;

import com.marketplace.migrations.DataSources;
import com.marketplace.migrations.DatabaseMigrator;
import com.marketplace.migrations.DatabaseMigrator.MigrationReport;
import com.marketplace.migrations.DatabaseSettings;
import com.marketplace.platform.kernel.config.InvalidConfigurationException;
import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.lifecycle.MarketplaceStarted;
import com.marketplace.web.security.AdminPasswordPolicy;
import com.marketplace.web.security.SecuritySettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Runs before the application serves anything: checks the configuration against the mode rules
 * (with the web tier's security settings and the admin password's length), then applies the
 * database migrations. Either failing stops the process (see {@link StartupRefusal})
 * rather than leaving a half-configured marketplace answering requests.
 */
@Startup
@Singleton
// Flyway commits its own work; a container transaction around it would forbid that.
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    MarketplaceConfig marketplaceConfig;

    @Inject
    Config config;

    @Inject
    SecuritySettings securitySettings;

    @Inject
    Event<MarketplaceStarted> started;

    @PostConstruct
    void start() {
        try {
            LOG.info("Marketplace starting: " + marketplaceConfig.stripe().describe());
            securitySettings.verify();
            AdminPasswordPolicy.check(marketplaceConfig.mode(), marketplaceConfig.adminCredentials());
        } catch (RuntimeException e) {
            StartupRefusal.refuse(configurationProblem(e));
        }
        try {
            DatabaseSettings database = DatabaseSettings.resolve(key -> config.getOptionalValue(key, String.class));
            MigrationReport report = DatabaseMigrator.migrate(DataSources.unpooled(database));
            LOG.info("Database " + database.describe() + ": applied " + report.migrationsApplied()
                    + " migration(s), schema version " + report.schemaVersion());
        } catch (IllegalArgumentException e) {
            StartupRefusal.refuse(e.getMessage());
        } catch (RuntimeException e) {
            StartupRefusal.refuse("database migration failed: " + e.getMessage());
        }
        started.fire(new MarketplaceStarted());
    }

    // CDI may wrap the resolver's refusal; the operator needs the refusal itself.
    private static String configurationProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidConfigurationException) {
                return cause.getMessage();
            }
        }
        return "configuration could not be read: " + failure;
    }
}
