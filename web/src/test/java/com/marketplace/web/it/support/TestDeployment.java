package com.marketplace.web.it.support;

import com.marketplace.testsupport.TestWars;
import com.marketplace.web.it.handlers.RecordingHandlers;
import java.nio.file.Path;

/**
 * The war the shared integration-test marketplace runs: the production ROOT.war, unchanged, plus
 * the test-only handlers of {@code com.marketplace.web.it.handlers} ({@link TestWars}).
 */
public final class TestDeployment {

    private TestDeployment() {
    }

    public static Path warWithTestHandlers() {
        return TestWars.warWith("it-war", RecordingHandlers.class.getPackage());
    }

    /** The table the test handlers write to; created by the tests, never by the application's migrations. */
    public static void createHandlerTables(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS it_handler_calls (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " event_id VARCHAR(255) NOT NULL, event_type VARCHAR(255) NOT NULL, endpoint VARCHAR(16) NOT NULL,"
                    + " account_id VARCHAR(255) NULL, INDEX idx_it_calls_event (event_id))");
        }
    }
}
