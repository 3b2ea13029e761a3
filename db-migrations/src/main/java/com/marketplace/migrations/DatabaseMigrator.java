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
        return migrate(dataSource, DatabaseMigrator.class.getClassLoader(), "classpath:db/migration", "flyway_schema_history");
    }

    /**
     * Applies the scripts at {@code location}, recording them in {@code historyTable}; for a component
     * with its own tables in the same database (the Stripe sandbox), so the two histories never mix.
     */
    public static MigrationReport migrate(DataSource dataSource, ClassLoader classLoader, String location, String historyTable) {
        // The class loader is explicit: inside Payara the thread's context loader may not see the scripts.
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
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
