package com.marketplace.web.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With the sandbox as Stripe: account.updated reaches the Connect endpoint, the inbox and a handler, with the account id. */
@ExtendWith(RunningMarketplace.class)
class WebhookEndToEndIT {

    @Test
    void accountUpdatedFromTheSandboxReachesAHandlerWithTheAccountId() throws Exception {
        SandboxStripe stripe = RunningMarketplace.stripe();
        String account = new SandboxScenarios(stripe).activeAccount("e2e@seller.test");

        String eventId = awaitEvent("account.updated", account);
        InboxRows.awaitStatus(eventId, "processed", Duration.ofSeconds(30));

        assertEquals(Optional.of("connect"), InboxRows.single("SELECT endpoint FROM webhook_events WHERE event_id = ?", eventId));
        assertEquals(Optional.of(account), InboxRows.single("SELECT account_id FROM it_handler_calls WHERE event_id = ?", eventId));
        assertEquals(1, InboxRows.handlerCalls(eventId));
    }

    static String awaitEvent(String type, String account) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> id = InboxRows.single("SELECT event_id FROM webhook_events WHERE event_type = ? AND account_id = ?", type, account);
            if (id.isPresent()) {
                return id.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + type + " for " + account + " reached the inbox");
    }
}
