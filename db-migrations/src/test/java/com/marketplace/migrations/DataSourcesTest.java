package com.marketplace.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataSourcesTest {

    private static MysqlDataSource mysqlFor(String url) throws Exception {
        Map<String, String> config = Map.of(DatabaseSettings.DB_URL, url, DatabaseSettings.DB_USER, "app");
        return DataSources.unpooled(DatabaseSettings.resolve(key -> Optional.ofNullable(config.get(key)))).unwrap(MysqlDataSource.class);
    }

    @Test
    void aMySqlDataSourceCachesParsedStatementsAndSessionState() throws Exception {
        MysqlDataSource dataSource = mysqlFor("jdbc:mysql://db.internal:3306/marketplace");

        assertTrue(dataSource.getCachePrepStmts());
        assertEquals(256, dataSource.getPrepStmtCacheSize());
        assertTrue(dataSource.getUseLocalSessionState());
        assertTrue(dataSource.getCacheServerConfiguration());
    }

    @Test
    void aCacheSettingTheUrlNamesIsLeftAsTheUrlSays() throws Exception {
        MysqlDataSource dataSource = mysqlFor("jdbc:mysql://db.internal:3306/marketplace?cachePrepStmts=false");

        assertFalse(dataSource.getCachePrepStmts());
        assertTrue(dataSource.getUseLocalSessionState());
    }
}
