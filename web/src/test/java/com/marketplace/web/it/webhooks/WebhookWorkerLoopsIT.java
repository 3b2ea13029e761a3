package com.marketplace.web.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
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

        InboxRows.awaitProcessed("evt_" + batch + "_", EVENTS, Duration.ofSeconds(60));

        int mostAtOnce = RunningMarketplace.api().get("/api/it/handlers/slow-runs-at-once").json().getInt("mostAtOnce");
        assertTrue(mostAtOnce >= 2, "the slow events were handled one at a time (most at once: " + mostAtOnce + ")");
        assertEquals(EVENTS, InboxRows.handlerCallsOf("evt_" + batch + "_"));
        assertEquals(0, InboxRows.eventsHandledTwice("evt_" + batch + "_"), "an event was handled twice");
    }
}
