package com.marketplace.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.onboarding.application.AccountUpdatedHandler;
import com.marketplace.platform.stripe.events.StripeEventType;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.webhooks.application.EventDispatcher;
import com.marketplace.webhooks.domain.EventRouting;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/go-live.md lists the events each webhook endpoint must be subscribed to: exactly those the
 * handlers of the production modules observe, at the endpoint where Stripe delivers them. A handler
 * added without updating the checklist fails here.
 */
class GoLiveChecklistTest {

    @Test
    void eachEndpointsEventListIsWhatTheHandlersObserveThere() throws Exception {
        Set<String> handled = HandledEventTypesScan.observedIn(StripeEventType.class, AccountUpdatedHandler.class, EventDispatcher.class);
        String checklist = Files.readString(MarketplaceProcess.projectRoot().resolve("docs/go-live.md"));

        assertTrue(handled.contains("account.updated") && handled.contains("checkout.session.completed"), "the scan found " + handled);
        assertEquals(arrivingAt(handled, WebhookEndpoint.PLATFORM), listed(checklist, "platform-endpoint-events"),
                "the platform endpoint's list in docs/go-live.md");
        assertEquals(arrivingAt(handled, WebhookEndpoint.CONNECT), listed(checklist, "connect-endpoint-events"),
                "the Connect endpoint's list in docs/go-live.md");
    }

    private static List<String> arrivingAt(Set<String> handled, WebhookEndpoint endpoint) {
        return handled.stream().filter(type -> EventRouting.endpointsOf(type).contains(endpoint)).sorted().toList();
    }

    private static List<String> listed(String document, String marker) {
        Matcher section = Pattern.compile("<!-- " + marker + " -->(.*?)<!-- /" + marker + " -->", Pattern.DOTALL).matcher(document);
        assertTrue(section.find(), "docs/go-live.md has no " + marker + " section");
        return section.group(1).lines().map(String::trim).filter(line -> line.startsWith("- `"))
                .map(line -> line.substring(3, line.indexOf('`', 3))).sorted().toList();
    }
}
