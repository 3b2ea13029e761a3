package com.marketplace.web.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An event from Stripe's other mode (livemode=true at this sandbox-mode marketplace) is
 * acknowledged, so Stripe stops retrying, recorded as ignored with its reason, and never handled:
 * a live payment's event must never settle anything in test, nor a test one in live.
 */
@ExtendWith(RunningMarketplace.class)
class WebhookLivemodeIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aLiveEventAtASandboxMarketplaceIsAcknowledgedRecordedIgnoredAndNeverHandled() throws Exception {
        String live = SignedEvents.withLivemode(SignedEvents.event("it.recorded", "charge", null), true);
        String sameMode = SignedEvents.event("it.recorded", "charge", null);

        Reply acknowledged = deliver(live);
        deliver(sameMode);
        // The worker handled the event sent after it: it had every chance to take the live one too.
        InboxRows.awaitStatus(idOf(sameMode), "processed", PATIENCE);

        assertEquals(200, acknowledged.status(), acknowledged.body());
        assertEquals(Optional.of("ignored"), InboxRows.status(idOf(live)));
        assertEquals(Optional.of("0"), InboxRows.single("SELECT attempts FROM webhook_events WHERE event_id = ?", idOf(live)));
        String reason = InboxRows.single("SELECT last_error FROM webhook_events WHERE event_id = ?", idOf(live)).orElse("");
        assertTrue(reason.contains("livemode=true does not match this marketplace's sandbox mode"), reason);
        assertEquals(0, InboxRows.handlerCalls(idOf(live)), "the handler of an event from the other mode ran");
        assertEquals(1, InboxRows.handlerCalls(idOf(sameMode)));
    }

    @Test
    void aRedeliveryOfTheIgnoredEventIsADuplicateAndStillNeverHandled() throws Exception {
        String live = SignedEvents.withLivemode(SignedEvents.event("it.recorded", "charge", null), true);
        deliver(live);

        Reply again = deliver(live);

        assertEquals(200, again.status());
        assertTrue(again.body().contains("\"duplicate\":true"), again.body());
        assertEquals(Optional.of("ignored"), InboxRows.status(idOf(live)));
        assertEquals(0, InboxRows.handlerCalls(idOf(live)));
    }

    @Test
    void anAdminCannotReplayAnEventFromTheOtherMode() throws Exception {
        String live = SignedEvents.withLivemode(SignedEvents.event("it.recorded", "charge", null), true);
        deliver(live);

        Reply replay = RunningMarketplace.api().post("/api/admin/webhook-events/" + idOf(live) + "/replay", "",
                "Authorization", RunningMarketplace.adminAuthorization());

        assertEquals(409, replay.status(), replay.body());
        assertTrue(replay.body().contains("live mode"), replay.body());
        Thread.sleep(500);
        assertEquals(Optional.of("ignored"), InboxRows.status(idOf(live)));
        assertEquals(0, InboxRows.handlerCalls(idOf(live)));
    }

    private static Reply deliver(String payload) {
        return RunningMarketplace.api().post("/webhooks/stripe", payload, "Stripe-Signature", SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET));
    }

    private static String idOf(String payload) {
        return Json.createReader(new StringReader(payload)).readObject().getString("id");
    }
}
