package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.it.support.ApiClient.Reply;
import com.marketplace.web.it.support.RunningMarketplace;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningMarketplace.class)
class OperationsEndpointsIT {

    @Test
    void healthIsUpAndIncludesTheDatabaseCheck() {
        Reply reply = RunningMarketplace.api().get("/health");

        assertEquals(200, reply.status(), reply.body());
        JsonObject health = reply.json();
        assertEquals("UP", health.getString("status"));
        boolean databaseUp = health.getJsonArray("checks").stream()
                .map(check -> check.asJsonObject())
                .anyMatch(check -> "database".equals(check.getString("name")) && "UP".equals(check.getString("status")));
        assertTrue(databaseUp, reply.body());
    }

    @Test
    void openApiDescribesTheProductResources() {
        Reply reply = RunningMarketplace.api().get("/openapi?format=JSON");

        assertEquals(200, reply.status(), reply.body());
        JsonObject paths = reply.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/products"), reply.body());
        assertTrue(paths.containsKey("/api/products/{id}"), reply.body());
        assertTrue(paths.getJsonObject("/api/products").containsKey("get"), reply.body());
    }

    @Test
    void metricsAreExposedForScraping() {
        RunningMarketplace.api().get("/api/products");

        Reply reply = RunningMarketplace.api().getAccepting("/metrics", "text/plain");

        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("# TYPE"), "not in the Prometheus text format: " + reply.body());
    }

    @Test
    void theStripeSandboxIsDeployedNextToTheMarketplaceInSandboxMode() {
        Reply reply = RunningMarketplace.api().get("/stripe-sandbox/v1/accounts");

        assertEquals(401, reply.status(), "the sandbox answers Stripe's protocol: no key, no access");
        assertTrue(reply.json().getJsonObject("error").getString("message").contains("API key"), reply.body());
    }
}
