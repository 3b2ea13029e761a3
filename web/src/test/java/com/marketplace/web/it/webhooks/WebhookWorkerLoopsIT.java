package com.marketplace.web.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.SignedEvents;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One instance drains its inbox on several loops at once (WEBHOOK_WORKER_THREADS, 4 by default), each event still once. */
@ExtendWith(RunningMarketplace.class)
class WebhookWorkerLoopsIT {

    // Four batches' worth (a loop claims 10 at a time), each taking 100 ms: one loop alone would need 4 s.
    private static final int EVENTS = 40;

    @Test
    void aBacklogOfSlowEventsIsWorkedOnByMoreThanOneLoopAtOnceAndEachRunsOnce() throws Exception {
        String batch = "itloops" + System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            String payload = SignedEvents.event("evt_" + batch + "_" + i, "it.slow", "charge", null, Instant.now().getEpochSecond(), null);
            int status = RunningMarketplace.api().post("/webhooks/stripe", payload, "Stripe-Signature",
                    SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET)).status();
            assertEquals(200, status);
        }

        awaitAllProcessed(batch);

        int mostAtOnce = RunningMarketplace.api().get("/api/it/handlers/slow-runs-at-once").json().getInt("mostAtOnce");
        assertTrue(mostAtOnce >= 2, "the slow events were handled one at a time (most at once: " + mostAtOnce + ")");
        assertEquals(EVENTS, InboxRows.count("SELECT COUNT(*) FROM it_handler_calls WHERE event_id LIKE ?", "evt_" + batch + "_%"));
        assertEquals(0, InboxRows.count("SELECT COUNT(*) FROM (SELECT event_id FROM it_handler_calls WHERE event_id LIKE ?"
                + " GROUP BY event_id HAVING COUNT(*) > 1) twice", "evt_" + batch + "_%"), "an event was handled twice");
    }

    private static void awaitAllProcessed(String batch) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int processed = 0;
        while (Instant.now().isBefore(deadline)) {
            processed = InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE ? AND status = 'processed'", "evt_" + batch + "_%");
            if (processed == EVENTS) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("only " + processed + " of " + EVENTS + " slow events processed in 60 s");
    }
}
