package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.web.it.support.RunningMarketplace;
import jakarta.json.JsonObject;
import java.time.Duration;
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
    void readinessIsDownWhileTheDatabaseIsAwayAndUpAgainAfterWhileLivenessStaysUp() throws Exception {
        Reply away;
        Reply liveMeanwhile;
        try {
            RunningMarketplace.databaseProxy().stop();
            away = awaitReadiness(503);
            liveMeanwhile = RunningMarketplace.api().get("/health/live");
        } finally {
            RunningMarketplace.databaseProxy().start();
        }
        Reply back = awaitReadiness(200);

        assertTrue(away.body().replaceAll("\\s", "").contains("{\"name\":\"database\",\"status\":\"DOWN\""), away.body());
        // A restart does not bring a database back: liveness is not the place to report it.
        assertEquals(200, liveMeanwhile.status(), liveMeanwhile.body());
        assertTrue(back.body().replaceAll("\\s", "").contains("{\"name\":\"database\",\"status\":\"UP\""), back.body());
    }

    private static Reply awaitReadiness(int status) throws InterruptedException {
        Reply reply = null;
        for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < deadline; ) {
            reply = RunningMarketplace.api().get("/health/ready");
            if (reply.status() == status) {
                return reply;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("/health/ready did not answer " + status + " within 60 s; last: " + reply.status() + " " + reply.body());
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
