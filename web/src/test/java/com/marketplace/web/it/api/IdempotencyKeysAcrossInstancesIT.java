package com.marketplace.web.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.TestMariaDb;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.TestDeployment;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keys live in the database, not in an instance's memory: an answer stored by one marketplace is
 * replayed by another process started later on the same database, as after a restart or behind a
 * load balancer.
 */
@ExtendWith(RunningMarketplace.class)
class IdempotencyKeysAcrossInstancesIT {

    @Test
    void aSecondInstanceReplaysTheAnswerTheFirstStored() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        String key = UUID.randomUUID().toString();
        String name = "Vase " + key.substring(0, 8);
        String body = "{\"name\":\"" + name + "\",\"description\":\"Stoneware\",\"priceAmount\":1200,\"currency\":\"eur\","
                + "\"stock\":2,\"active\":true}";
        String path = "/api/sellers/" + seller.id() + "/products";
        Reply created = RunningMarketplace.api().request("POST", path, body, "Authorization", seller.authorization(), "Idempotency-Key", key);
        assertEquals(201, created.status(), created.body());

        try (MarketplaceProcess second = MarketplaceProcess.start("idempotency-second-instance", RunningMarketplace.testConfiguration(
                TestMariaDb.jdbcUrl(TestMariaDb.testDatabase())), TestDeployment.warWithTestHandlers())) {
            second.awaitHealthy();

            Reply replayed = new ApiClient(second.baseUri()).request("POST", path, body, "Authorization", seller.authorization(),
                    "Idempotency-Key", key);

            assertEquals(201, replayed.status(), replayed.body());
            assertEquals("true", replayed.header("Idempotent-Replayed"));
            assertEquals(created.body(), replayed.body());
        }
        assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM products WHERE seller_id = ? AND name = ?", seller.id(), name));
    }
}
