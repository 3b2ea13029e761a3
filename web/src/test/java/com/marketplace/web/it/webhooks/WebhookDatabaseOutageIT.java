package com.marketplace.web.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database goes away and comes back: deliveries get 503 meanwhile, and Stripe's retries then land every event once. */
@ExtendWith(RunningMarketplace.class)
class WebhookDatabaseOutageIT {

    @Test
    void whileTheDatabaseIsDownDeliveriesGet503AndAfterItReturnsEveryEventLandsExactlyOnce() throws Exception {
        SandboxStripe stripe = RunningMarketplace.stripe();
        SandboxScenarios scenarios = new SandboxScenarios(stripe);
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accounts.add(scenarios.newExpressAccount("outage" + i + "@seller.test").getId());
        }

        RunningMarketplace.databaseProxy().stop();
        String direct = SignedEvents.event("it.recorded", "charge", null);
        Reply refused;
        try {
            refused = RunningMarketplace.api().post("/webhooks/stripe", direct, "Stripe-Signature",
                    SignedEvents.sign(direct, SignedEvents.PLATFORM_SECRET));
            for (String account : accounts) {
                stripe.helper("accounts/" + account + "/onboard", "outcome", "complete");
            }
            Thread.sleep(2500);
        } finally {
            RunningMarketplace.databaseProxy().start();
        }

        assertEquals(503, refused.status(), refused.body());
        assertTrue(refused.body().contains("service_unavailable"), refused.body());
        for (String account : accounts) {
            String eventId = WebhookEndToEndIT.awaitEvent("account.updated", account);
            InboxRows.awaitStatus(eventId, "processed", Duration.ofSeconds(60));
            assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'account.updated' AND account_id = ?", account));
            assertEquals(1, InboxRows.handlerCalls(eventId), "exactly one effective handler run for " + eventId);
            String log = stripe.getRaw("/_sandbox/deliveries?event=" + eventId, null).body();
            jakarta.json.JsonObject toPlatform = jakarta.json.Json.createReader(new java.io.StringReader(log)).readObject()
                    .getJsonArray("data").stream().map(jakarta.json.JsonValue::asJsonObject)
                    .filter(row -> "we_sandbox_connect".equals(row.getString("endpoint"))).findFirst().orElseThrow();
            assertEquals("delivered", toPlatform.getString("status"), log);
            assertTrue(toPlatform.getInt("attempts") >= 2, "the first delivery met the outage and was retried: " + log);
        }
    }
}
