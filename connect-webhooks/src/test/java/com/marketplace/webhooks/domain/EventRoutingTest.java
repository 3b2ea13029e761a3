package com.marketplace.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.stripe.events.WebhookEndpoint;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** DESIGN's table of where webhooks arrive, as the start-up report and the go-live checklist use it. */
class EventRoutingTest {

    @Test
    void accountEventsArriveOnlyAtTheConnectEndpoint() {
        assertEquals(EnumSet.of(WebhookEndpoint.CONNECT), EventRouting.endpointsOf("account.updated"));
        assertEquals(EnumSet.of(WebhookEndpoint.CONNECT), EventRouting.endpointsOf("account.application.deauthorized"));
        assertEquals(EnumSet.of(WebhookEndpoint.CONNECT), EventRouting.endpointsOf("capability.updated"));
        assertEquals(EnumSet.of(WebhookEndpoint.CONNECT), EventRouting.endpointsOf("payout.failed"));
    }

    @Test
    void paymentEventsArriveAtBothDependingOnTheChargeType() {
        assertEquals(EnumSet.allOf(WebhookEndpoint.class), EventRouting.endpointsOf("checkout.session.completed"));
        assertEquals(EnumSet.allOf(WebhookEndpoint.class), EventRouting.endpointsOf("charge.refunded"));
        assertEquals(EnumSet.allOf(WebhookEndpoint.class), EventRouting.endpointsOf("charge.dispute.created"));
    }

    @Test
    void transfersLiveOnThePlatform() {
        assertEquals(EnumSet.of(WebhookEndpoint.PLATFORM), EventRouting.endpointsOf("transfer.reversed"));
    }

    @Test
    void eachEndpointHasItsPath() {
        assertEquals("/webhooks/stripe", EventRouting.path(WebhookEndpoint.PLATFORM));
        assertEquals("/webhooks/stripe/connect", EventRouting.path(WebhookEndpoint.CONNECT));
    }
}
