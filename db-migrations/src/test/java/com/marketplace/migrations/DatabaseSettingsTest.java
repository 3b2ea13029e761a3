package com.marketplace.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static DatabaseSettings resolve(Map<String, String> config) {
        return DatabaseSettings.resolve(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void withoutDbUrlTheEmbeddedH2DatabaseInMySqlModeIsUsedUnderTheDataFolder() {
        DatabaseSettings settings = resolve(Map.of(DatabaseSettings.DATA_DIR, "/srv/market"));

        assertEquals(DatabaseSettings.Kind.H2, settings.kind());
        assertTrue(settings.jdbcUrl().startsWith("jdbc:h2:file:/srv/market/marketplace;MODE=MySQL"), settings.jdbcUrl());
    }

    @Test
    void aBlankDbUrlCountsAsUnset() {
        assertEquals(DatabaseSettings.Kind.H2, resolve(Map.of(DatabaseSettings.DB_URL, "  ")).kind());
    }

    @Test
    void aMySqlUrlSelectsTheMySqlDriverWithItsCredentials() {
        DatabaseSettings settings = resolve(Map.of(
                DatabaseSettings.DB_URL, "jdbc:mysql://db.internal:3306/marketplace",
                DatabaseSettings.DB_USER, "app",
                DatabaseSettings.DB_PASSWORD, "s3cret"));

        assertEquals(DatabaseSettings.Kind.MYSQL, settings.kind());
        assertEquals("app", settings.user());
        assertEquals("s3cret", settings.password());
    }

    @Test
    void anUnsupportedUrlIsRefusedNamingTheKey() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> resolve(Map.of(DatabaseSettings.DB_URL, "jdbc:postgresql://u:pw@h/db")));

        assertTrue(refusal.getMessage().contains("DB_URL"));
        assertFalse(refusal.getMessage().contains("pw"), refusal.getMessage());
    }

    @Test
    void theDescriptionNeverCarriesCredentials() {
        DatabaseSettings settings = resolve(Map.of(
                DatabaseSettings.DB_URL, "jdbc:mysql://app:hunter2@db:3306/marketplace?password=hunter2",
                DatabaseSettings.DB_PASSWORD, "hunter2"));

        assertFalse(settings.describe().contains("hunter2"), settings.describe());
        assertFalse(settings.toString().contains("hunter2"), settings.toString());
        assertTrue(settings.describe().contains("db:3306/marketplace"), settings.describe());
    }
}
