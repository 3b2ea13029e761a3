package com.marketplace.web.it.support;

import com.marketplace.web.it.handlers.RecordingHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The war the shared integration-test marketplace runs: the production ROOT.war, unchanged, plus
 * the test-only handlers of {@code com.marketplace.web.it.handlers}. Built with ShrinkWrap, so the
 * production war never carries test code.
 */
public final class TestDeployment {

    private TestDeployment() {
    }

    public static Path warWithTestHandlers() {
        return warWith("it-war", RecordingHandlers.class.getPackage());
    }

    /** The production ROOT.war plus the given test-only packages, written under {@code web/target/it-work/<name>}. */
    public static synchronized Path warWith(String name, Package... testPackages) {
        Path root = MarketplaceProcess.projectRoot();
        Path war = root.resolve("web/target/it-work/" + name + "/ROOT.war");
        try {
            Files.createDirectories(war.getParent());
            WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, root.resolve("web/target/ROOT.war").toFile());
            for (Package testPackage : testPackages) {
                archive.addPackage(testPackage);
            }
            archive.as(ZipExporter.class).exportTo(war.toFile(), true);
            return war;
        } catch (Exception e) {
            throw new IllegalStateException("could not build the test war " + name + ": " + e.getMessage(), e);
        }
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
