package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.sandbox.it.support.WebhookReceiver;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.model.Account;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox's webhook faults do what they say, so tests of the platform's pipeline can rely on them. */
@ExtendWith(RunningSandbox.class)
class SandboxWebhookFaultsIT {

    private SandboxStripe stripe;
    private SandboxScenarios scenarios;
    private WebhookReceiver webhooks;

    @BeforeEach
    void connect() throws Exception {
        stripe = RunningSandbox.stripe();
        scenarios = new SandboxScenarios(stripe);
        webhooks = WebhookReceiver.register(stripe.client());
    }

    @AfterEach
    void disconnect() throws Exception {
        stripe.helper("webhooks/faults", "reset", "true");
        webhooks.close();
    }

    @Test
    void eachEventIsDeliveredAsManyTimesAsAsked() throws Exception {
        stripe.helper("webhooks/faults", "copies", "3");
        Account account = scenarios.newExpressAccount("copies@seller.test");
        stripe.helper("accounts/" + account.getId() + "/onboard", "outcome", "complete");

        List<WebhookReceiver.Received> copies = awaitCount("account.updated", account.getId(), 3);

        assertEquals(1, copies.stream().map(received -> received.event().getId()).distinct().count(), "the same event, three times");
        assertTrue(webhooks.rejected().isEmpty(), webhooks.rejected().toString());
    }

    @Test
    void heldEventsAreReleasedInAShuffledOrderAndNoneIsLost() throws Exception {
        stripe.helper("webhooks/faults", "hold", "true");
        Account account = scenarios.newExpressAccount("shuffle@seller.test");
        List<String> sentOrder = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SandboxStripe.Raw updated = stripe.helper("accounts/" + account.getId() + "/requirements",
                    "currently_due[0]", "step_" + i, "disabled_reason", "requirements.past_due");
            assertEquals(200, updated.status(), updated.body());
        }
        Thread.sleep(300);
        assertTrue(webhooks.all().isEmpty(), "held events were delivered: " + webhooks.summary());

        stripe.helper("webhooks/release", "shuffle", "true", "seed", "7");
        List<WebhookReceiver.Received> received = awaitCount("account.updated", account.getId(), 8);

        List<Long> createdOrder = received.stream().map(r -> r.event().getCreated()).toList();
        List<String> ids = received.stream().map(r -> r.event().getId()).toList();
        assertEquals(8, ids.stream().distinct().count(), "every held event arrives once");
        List<String> byCreation = stripe.client().events().list(com.stripe.param.EventListParams.builder()
                .setType("account.updated").setLimit(100L).build(), SandboxStripe.onAccount(account.getId()))
                .getData().stream().map(com.stripe.model.Event::getId).toList();
        List<String> oldestFirst = new ArrayList<>(byCreation);
        java.util.Collections.reverse(oldestFirst);
        assertNotEquals(oldestFirst.subList(oldestFirst.size() - 8, oldestFirst.size()), ids, "the order was not shuffled");
        assertEquals(8, createdOrder.size());
    }

    @Test
    void aFailedDeliveryIsRetriedUntilItGetsThrough() throws Exception {
        Account account = scenarios.newExpressAccount("retry@seller.test");
        // One event only (onboarding also sends capability.updated, which would take some of the failures).
        stripe.helper("webhooks/faults", "fail_next", "2", "fail_url", webhooks.url());
        stripe.helper("accounts/" + account.getId() + "/requirements", "currently_due[0]", "external_account");

        WebhookReceiver.Received delivered = webhooks.await("connect", "account.updated",
                received -> account.getId().equals(received.event().getAccount()));

        SandboxStripe.Raw log = stripe.getRaw("/_sandbox/deliveries?event=" + delivered.event().getId(), null);
        jakarta.json.JsonObject ours = jakarta.json.Json.createReader(new java.io.StringReader(log.body())).readObject()
                .getJsonArray("data").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(row -> row.getString("endpoint").equals(webhooks.connectEndpointId())).findFirst().orElseThrow();
        assertEquals("delivered", ours.getString("status"), log.body());
        assertEquals(3, ours.getInt("attempts"), "two failed attempts, then the one that got through: " + log.body());
    }

    @Test
    void eventsOfADroppedTypeAreNeverDeliveredAndTheLogSaysSo() throws Exception {
        stripe.helper("webhooks/faults", "drop_type", "account.updated");
        Account account = scenarios.newExpressAccount("dropped@seller.test");
        stripe.helper("accounts/" + account.getId() + "/onboard", "outcome", "complete");
        stripe.helper("webhooks/faults", "reset", "true");
        stripe.helper("accounts/" + account.getId() + "/requirements", "currently_due[0]", "after_reset");

        List<WebhookReceiver.Received> delivered = awaitCount("account.updated", account.getId(), 1);

        assertEquals(1, delivered.size(), "only the event after the fault was lifted arrives: " + webhooks.summary());
        String dropped = stripe.client().events().list(com.stripe.param.EventListParams.builder().setType("account.updated")
                .setLimit(100L).build(), SandboxStripe.onAccount(account.getId())).getData().stream()
                .map(com.stripe.model.Event::getId).filter(id -> !id.equals(delivered.get(0).event().getId())).findFirst().orElseThrow();
        SandboxStripe.Raw log = stripe.getRaw("/_sandbox/deliveries?event=" + dropped, null);
        assertTrue(log.body().contains("failed") && log.body().contains("dropped"), log.body());
    }

    private List<WebhookReceiver.Received> awaitCount(String type, String account, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<WebhookReceiver.Received> matching = List.of();
        while (Instant.now().isBefore(deadline)) {
            matching = webhooks.all().stream()
                    .filter(r -> r.endpoint().equals("connect") && r.event().getType().equals(type) && account.equals(r.event().getAccount()))
                    .toList();
            if (matching.size() >= count) {
                Thread.sleep(300);
                return webhooks.all().stream()
                        .filter(r -> r.endpoint().equals("connect") && r.event().getType().equals(type) && account.equals(r.event().getAccount()))
                        .toList();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + count + " " + type + " for " + account + ", got " + matching.size() + ": " + webhooks.summary());
    }
}
