package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.it.support.ApiClient;
import com.marketplace.web.it.support.ApiClient.Reply;
import com.marketplace.web.it.support.MarketplaceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run command's default: no database configured, so the embedded H2 file database is used. */
class EmbeddedDatabaseIT {

    @Test
    void withNoDatabaseConfiguredTheMarketplaceRunsOnItsEmbeddedDatabase() throws Exception {
        Path dataDir = MarketplaceProcess.projectRoot().resolve("web/target/it-work/embedded-data");
        deleteRecursively(dataDir);

        try (MarketplaceProcess marketplace = MarketplaceProcess.start("embedded-h2",
                Map.of("MARKETPLACE_DATA_DIR", dataDir.toString()))) {
            marketplace.awaitHealthy();
            ApiClient api = new ApiClient(marketplace.baseUri());

            Reply products = api.get("/api/products");

            assertEquals(200, products.status(), products.body());
            assertEquals(0, products.json().getJsonArray("items").size());
            assertTrue(Files.exists(dataDir.resolve("marketplace.mv.db")), "no H2 database file under " + dataDir);
            assertTrue(marketplace.output().contains("embedded H2 database"), "start-up did not say which database it used");
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
