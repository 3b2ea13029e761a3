package com.marketplace.migrations;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies every migration under {@code db/migration} to a database; the one way schemas change. */
public final class DatabaseMigrator {

    private DatabaseMigrator() {
    }

    public static MigrationReport migrate(DataSource dataSource) {
        // The class loader is explicit: inside Payara the thread's context loader may not see this jar.
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        // targetSchemaVersion is null when nothing was applied; the schema's own version is not.
        MigrationInfo current = flyway.info().current();
        return new MigrationReport(result.migrationsExecuted, current == null ? "none" : current.getVersion().getVersion());
    }

    /** What a run did: how many scripts it applied and the schema version it left. */
    public record MigrationReport(int migrationsApplied, String schemaVersion) {
    }
}
