package com.marketplace.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.migrations.DatabaseMigrator.MigrationReport;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: the same scripts run on H2 in MySQL mode, as the run command uses it. */
class MigrationsOnH2Test {

    @TempDir
    Path dataDir;

    private DataSource embeddedDefault() {
        Map<String, String> config = Map.of(DatabaseSettings.DATA_DIR, dataDir.toString());
        return DataSources.unpooled(DatabaseSettings.resolve(key -> Optional.ofNullable(config.get(key))));
    }

    @Test
    void migrationsCreateTheProductsTableOnTheEmbeddedDatabase() throws Exception {
        DataSource dataSource = embeddedDefault();

        MigrationReport report = DatabaseMigrator.migrate(dataSource);

        assertTrue(report.migrationsApplied() >= 1);
        assertTrue(SchemaAssertions.productColumns(dataSource).containsAll(
                java.util.List.of("id", "seller_id", "name", "price_amount", "currency", "stock", "active")));
        SchemaAssertions.assertProductsTableEnforcesItsRules(dataSource);
        SchemaAssertions.assertProductPicturesBelongToAProduct(dataSource);
    }

    @Test
    void runningMigrationsTwiceAppliesNothingTheSecondTime() {
        DataSource dataSource = embeddedDefault();
        MigrationReport first = DatabaseMigrator.migrate(dataSource);

        MigrationReport second = DatabaseMigrator.migrate(dataSource);

        assertEquals(0, second.migrationsApplied());
        assertEquals(first.schemaVersion(), second.schemaVersion());
    }
}
