package com.marketplace.web.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.testsupport.TestMariaDb;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.TestDeployment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two instances on one database share one stream of events: SKIP LOCKED claims mean no row is processed twice. */
@ExtendWith(RunningMarketplace.class)
class WebhookTwoWorkersIT {

    private static final int EVENTS = 5000;

    @Test
    void twoInstancesProcessFiveThousandEventsWithNoEventHandledTwice() throws Exception {
        String batch = "it2w" + System.nanoTime();
        try (MarketplaceProcess second = MarketplaceProcess.start("second-instance", RunningMarketplace.testConfiguration(
                TestMariaDb.jdbcUrl(TestMariaDb.testDatabase())), TestDeployment.warWithTestHandlers())) {
            second.awaitHealthy();
            List<ApiClient> instances = List.of(RunningMarketplace.api(), new ApiClient(second.baseUri()));

            ExecutorService senders = Executors.newFixedThreadPool(16);
            AtomicInteger acknowledged = new AtomicInteger();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                int n = i;
                sent.add(senders.submit(() -> {
                    String payload = SignedEvents.event("evt_" + batch + "_" + n, "it.recorded", "charge", null,
                            Instant.now().getEpochSecond(), null);
                    int status = instances.get(n % 2).post("/webhooks/stripe", payload, "Stripe-Signature",
                            SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET)).status();
                    if (status == 200) {
                        acknowledged.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
            senders.shutdown();
            assertEquals(EVENTS, acknowledged.get());

            InboxRows.awaitProcessed("evt_" + batch + "_", EVENTS, Duration.ofMinutes(3));
        }

        assertEquals(EVENTS, InboxRows.handlerCallsOf("evt_" + batch + "_"));
        assertEquals(0, InboxRows.eventsHandledTwice("evt_" + batch + "_"), "an event was handled twice");
        int workers = InboxRows.count("SELECT COUNT(DISTINCT claimed_by) FROM webhook_events WHERE event_id LIKE ?", "evt_" + batch + "_%");
        assertTrue(workers >= 2, "both instances must have processed part of the stream, saw " + workers + " worker(s)");
    }
}
