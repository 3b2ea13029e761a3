package com.marketplace.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.migrations.DatabaseMigrator.MigrationReport;
import com.marketplace.testsupport.TestMariaDb;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production path: the same scripts on a real MariaDB/MySQL server through mysql-connector-j. */
class MigrationsOnMariaDbIT {

    private static final String DATABASE = "marketplace_migrations_it";

    private DataSource dataSource;

    @BeforeEach
    void freshDatabase() throws Exception {
        TestMariaDb.recreate(DATABASE);
        Map<String, String> config = Map.of(
                DatabaseSettings.DB_URL, TestMariaDb.jdbcUrl(DATABASE),
                DatabaseSettings.DB_USER, TestMariaDb.user(),
                DatabaseSettings.DB_PASSWORD, TestMariaDb.password());
        dataSource = DataSources.unpooled(DatabaseSettings.resolve(key -> Optional.ofNullable(config.get(key))));
    }

    @AfterEach
    void dropDatabase() throws Exception {
        TestMariaDb.drop(DATABASE);
    }

    @Test
    void migrationsCreateTheProductsTableOnMariaDb() throws Exception {
        MigrationReport report = DatabaseMigrator.migrate(dataSource);

        assertTrue(report.migrationsApplied() >= 1);
        assertTrue(SchemaAssertions.productColumns(dataSource).containsAll(
                List.of("id", "seller_id", "name", "price_amount", "currency", "stock", "active")));
        SchemaAssertions.assertProductsTableEnforcesItsRules(dataSource);
        SchemaAssertions.assertProductPicturesBelongToAProduct(dataSource);
    }

    @Test
    void runningMigrationsTwiceAppliesNothingTheSecondTime() {
        MigrationReport first = DatabaseMigrator.migrate(dataSource);

        MigrationReport second = DatabaseMigrator.migrate(dataSource);

        assertEquals(0, second.migrationsApplied());
        assertEquals(first.schemaVersion(), second.schemaVersion());
    }
}
