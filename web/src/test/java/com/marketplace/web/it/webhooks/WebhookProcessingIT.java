package com.marketplace.web.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the worker does with stored events: exactly one effective handler run, retries, dead letters
 * (also of events whose workers died), replay, and a late older event against the production handler.
 */
@ExtendWith(RunningMarketplace.class)
class WebhookProcessingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static Reply deliver(String payload) {
        return RunningMarketplace.api().post("/webhooks/stripe", payload, "Stripe-Signature", SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET));
    }

    private static String idOf(String payload) {
        return Json.createReader(new java.io.StringReader(payload)).readObject().getString("id");
    }

    @Test
    void fiftyConcurrentDeliveriesOfOneEventMakeOneRowAndOneHandlerRun() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);
        ExecutorService senders = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            statuses.add(senders.submit(() -> {
                start.await();
                return deliver(payload).status();
            }));
        }
        start.countDown();
        for (Future<Integer> status : statuses) {
            assertEquals(200, status.get());
        }
        senders.shutdown();

        InboxRows.awaitStatus(idOf(payload), "processed", PATIENCE);
        assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_id = ?", idOf(payload)));
        assertEquals(Optional.of("49"), InboxRows.single("SELECT duplicates FROM webhook_events WHERE event_id = ?", idOf(payload)));
        Thread.sleep(500);
        assertEquals(1, InboxRows.handlerCalls(idOf(payload)));
    }

    @Test
    void anEventOfAnotherApiVersionStillReachesItsHandler() throws Exception {
        String payload = SignedEvents.event("evt_it_" + java.util.UUID.randomUUID().toString().replace("-", ""), "it.recorded",
                "charge", null, Instant.now().getEpochSecond(), null, "2020-08-27");

        assertEquals(200, deliver(payload).status());

        InboxRows.awaitStatus(idOf(payload), "processed", PATIENCE);
        assertEquals(1, InboxRows.handlerCalls(idOf(payload)));
        assertEquals(Optional.of("2020-08-27"), InboxRows.single("SELECT api_version FROM webhook_events WHERE event_id = ?", idOf(payload)));
    }

    @Test
    void thePipelineReportsItsCountsAndLagAsMetrics() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);
        deliver(payload);
        deliver(payload);
        InboxRows.awaitStatus(idOf(payload), "processed", PATIENCE);

        String metrics = RunningMarketplace.api().getAccepting("/metrics", "text/plain").body();

        for (String metric : List.of("webhook_received_total", "webhook_duplicates_total", "webhook_outcomes_total",
                "webhook_processing_lag_seconds")) {
            assertTrue(metrics.contains(metric), metric + " missing from /metrics");
        }
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("webhook_outcomes_total") && line.contains("status=\"processed\"")),
                "processed outcomes are counted");
    }

    @Test
    void anEventNoHandlerObservesIsRecordedAsIgnored() throws Exception {
        String payload = SignedEvents.event("it.nobody_listens", "charge", null);

        deliver(payload);

        InboxRows.awaitStatus(idOf(payload), "ignored", PATIENCE);
        assertEquals(0, InboxRows.handlerCalls(idOf(payload)));
    }

    @Test
    void aFailingHandlerIsRetriedWithBackoffThenDeadAndAReplayRunsItAgain() throws Exception {
        String payload = SignedEvents.event("it.always_fails", "charge", null);
        String id = idOf(payload);

        deliver(payload);
        InboxRows.awaitStatus(id, "dead", PATIENCE);

        assertEquals(RunningMarketplace.WEBHOOK_MAX_ATTEMPTS, failedAttempts(id));
        assertEquals(Optional.of(String.valueOf(RunningMarketplace.WEBHOOK_MAX_ATTEMPTS)),
                InboxRows.single("SELECT attempts FROM webhook_events WHERE event_id = ?", id));
        assertTrue(InboxRows.single("SELECT last_error FROM webhook_events WHERE event_id = ?", id).orElse("").contains("failed on purpose"));

        Reply replay = RunningMarketplace.api().post("/api/admin/webhook-events/" + id + "/replay", "",
                "Authorization", RunningMarketplace.adminAuthorization());

        assertEquals(202, replay.status(), replay.body());
        InboxRows.awaitStatus(id, "dead", PATIENCE);
        assertEquals(2 * RunningMarketplace.WEBHOOK_MAX_ATTEMPTS, failedAttempts(id));
    }

    @Test
    void anEventWhoseWorkerDiedOnTheLastAttemptIsDeadAndItsHandlerNeverRuns() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);
        String id = idOf(payload);

        InboxRows.insertAbandonedClaim(id, "it.recorded", payload, RunningMarketplace.WEBHOOK_MAX_ATTEMPTS);

        InboxRows.awaitStatus(id, "dead", PATIENCE);
        assertEquals(Optional.of(String.valueOf(RunningMarketplace.WEBHOOK_MAX_ATTEMPTS)),
                InboxRows.single("SELECT attempts FROM webhook_events WHERE event_id = ?", id), "burying it is no attempt");
        String lastError = InboxRows.single("SELECT last_error FROM webhook_events WHERE event_id = ?", id).orElse("");
        assertTrue(lastError.contains("the worker did not finish it " + RunningMarketplace.WEBHOOK_MAX_ATTEMPTS + " times"), lastError);
        assertEquals(Optional.empty(), InboxRows.single("SELECT claim_token FROM webhook_events WHERE event_id = ?", id));
        Thread.sleep(500);
        assertEquals(0, InboxRows.handlerCalls(id));
    }

    @Test
    void anEventWhoseWorkerDiedBeforeTheLastAttemptIsClaimedOnceMoreAndHandled() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);
        String id = idOf(payload);

        InboxRows.insertAbandonedClaim(id, "it.recorded", payload, RunningMarketplace.WEBHOOK_MAX_ATTEMPTS - 1);

        InboxRows.awaitStatus(id, "processed", PATIENCE);
        assertEquals(Optional.of(String.valueOf(RunningMarketplace.WEBHOOK_MAX_ATTEMPTS)),
                InboxRows.single("SELECT attempts FROM webhook_events WHERE event_id = ?", id), "the last attempt was this claim");
        assertEquals(1, InboxRows.handlerCalls(id));
    }

    @Test
    void aReplayOfAnEventDeadFromUnfinishedClaimsRunsItsHandler() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);
        String id = idOf(payload);
        InboxRows.insertAbandonedClaim(id, "it.recorded", payload, RunningMarketplace.WEBHOOK_MAX_ATTEMPTS);
        InboxRows.awaitStatus(id, "dead", PATIENCE);

        Reply replay = RunningMarketplace.api().post("/api/admin/webhook-events/" + id + "/replay", "",
                "Authorization", RunningMarketplace.adminAuthorization());

        assertEquals(202, replay.status(), replay.body());
        InboxRows.awaitStatus(id, "processed", PATIENCE);
        assertEquals(1, InboxRows.handlerCalls(id));
        assertEquals(Optional.of("1"), InboxRows.single("SELECT attempts FROM webhook_events WHERE event_id = ?", id), "a fresh set of attempts");
    }

    @Test
    void anOlderAccountUpdateArrivingAfterANewerOneLeavesTheSellerInTheNewerState() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        SandboxStripe.Raw restricted = Shop.stripe().helper("accounts/" + seller.stripeAccountId() + "/requirements",
                "past_due[0]", "external_account", "currently_due[0]", "external_account",
                "disabled_reason", "requirements.past_due", "payouts_enabled", "false");
        assertEquals(200, restricted.status(), restricted.body());
        Sellers.awaitStatus(seller, "RESTRICTED");
        long newerCreated = Sellers.lastAccountEventCreated(seller.id()) + 30;

        String newer = deliverAccountUpdate(seller, newerCreated, accountSnapshot(seller, false));
        InboxRows.awaitStatus(newer, "processed", PATIENCE);
        // Sent before the newer one, delivered after it, with the account as it was then: active.
        String older = deliverAccountUpdate(seller, newerCreated - 90, accountSnapshot(seller, true));
        InboxRows.awaitStatus(older, "processed", PATIENCE);

        assertEquals("RESTRICTED", Sellers.get(seller).json().getJsonObject("onboarding").getString("status"));
        assertEquals(newerCreated, Sellers.lastAccountEventCreated(seller.id()), "the older event applied nothing");
    }

    @Test
    void theAdminApiListsEventsWithCountsPerStatusAndRefusesStrangers() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);
        deliver(payload);
        InboxRows.awaitStatus(idOf(payload), "processed", PATIENCE);

        Reply anonymous = RunningMarketplace.api().get("/api/admin/webhook-events");
        Reply wrong = RunningMarketplace.api().get("/api/admin/webhook-events", "Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("admin@marketplace.test:guess".getBytes()));
        Reply admin = RunningMarketplace.api().get("/api/admin/webhook-events?status=processed&type=it.recorded",
                "Authorization", RunningMarketplace.adminAuthorization());

        assertEquals(401, anonymous.status());
        assertEquals(401, wrong.status());
        assertEquals(200, admin.status(), admin.body());
        JsonObject inbox = admin.json();
        assertTrue(inbox.getJsonObject("counts").getJsonNumber("processed").longValue() >= 1, admin.body());
        assertTrue(inbox.getJsonArray("items").stream().map(item -> item.asJsonObject())
                .allMatch(item -> "processed".equals(item.getString("status")) && "it.recorded".equals(item.getString("type"))), admin.body());
        assertTrue(inbox.getJsonArray("items").stream().anyMatch(item -> idOf(payload).equals(item.asJsonObject().getString("eventId"))));
    }

    @Test
    void replayingAnUnknownEventIs404() {
        Reply replay = RunningMarketplace.api().post("/api/admin/webhook-events/evt_unknown/replay", "",
                "Authorization", RunningMarketplace.adminAuthorization());

        assertEquals(404, replay.status());
        assertEquals("not_found", replay.json().getString("error"));
    }

    /** An {@code account.updated} for the seller's account, signed for the Connect endpoint as Stripe sends it; returns its id. */
    private static String deliverAccountUpdate(Registered seller, long created, JsonObject snapshot) {
        String id = "evt_it_" + java.util.UUID.randomUUID().toString().replace("-", "");
        String payload = SignedEvents.event(id, "account.updated", "account", seller.stripeAccountId(), created, snapshot);
        Reply reply = RunningMarketplace.api().post("/webhooks/stripe/connect", payload,
                "Stripe-Signature", SignedEvents.sign(payload, SignedEvents.CONNECT_SECRET));
        assertEquals(200, reply.status(), reply.body());
        return id;
    }

    private static JsonObject accountSnapshot(Registered seller, boolean enabled) {
        return Json.createObjectBuilder(SignedEvents.fixture("account")).add("id", seller.stripeAccountId())
                .add("details_submitted", true).add("charges_enabled", enabled).add("payouts_enabled", enabled).build();
    }

    private static int failedAttempts(String eventId) {
        ApiClient api = RunningMarketplace.api();
        return api.get("/api/it/handlers/failed-attempts/" + eventId).json().getInt("attempts");
    }
}
