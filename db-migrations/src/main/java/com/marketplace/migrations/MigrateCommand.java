package com.marketplace.migrations;

import com.marketplace.migrations.DatabaseMigrator.MigrationReport;

/**
 * Runs the migrations on their own: {@code java -jar db-migrations/target/db-migrations-cli.jar},
 * reading {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} (or the embedded default) from the
 * environment, exactly as the application does at start-up.
 */
public final class MigrateCommand {

    private MigrateCommand() {
    }

    public static void main(String[] args) {
        try {
            DatabaseSettings settings = DatabaseSettings.fromEnvironment();
            System.out.println("Migrating " + settings.describe());
            MigrationReport report = DatabaseMigrator.migrate(DataSources.unpooled(settings));
            System.out.printf("Applied %d migration(s); schema version %s%n",
                    report.migrationsApplied(), report.schemaVersion());
        } catch (RuntimeException e) {
            System.err.println("Migration failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
