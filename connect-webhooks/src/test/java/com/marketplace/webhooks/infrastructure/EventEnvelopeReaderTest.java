package com.marketplace.webhooks.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.webhooks.domain.EventEnvelope;
import com.marketplace.webhooks.domain.WebhookRejected;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the ack path takes from a signed body: the envelope the inbox stores, and whether the body is an event at all. */
class EventEnvelopeReaderTest {

    private static final String DIRECT_CHECKOUT = "{\"id\":\"evt_1\",\"object\":\"event\",\"api_version\":\"2024-06-20\",\"created\":1714557600,"
            + "\"data\":{\"object\":{\"id\":\"cs_1\",\"object\":\"checkout.session\",\"amount_total\":2500}},"
            + "\"livemode\":false,\"pending_webhooks\":1,\"request\":{\"id\":null,\"idempotency_key\":null},"
            + "\"type\":\"checkout.session.completed\",\"account\":\"acct_1A\"}";

    @Test
    void anEventsEnvelopeIsReadFromAnywhereInTheObject() throws Exception {
        EventEnvelope envelope = EventEnvelopeReader.read(DIRECT_CHECKOUT);

        assertEquals(new EventEnvelope("evt_1", "checkout.session.completed", 1714557600L, false, Optional.of("acct_1A"),
                Optional.of("2024-06-20")), envelope);
    }

    @Test
    void aPlatformEventHasNoAccount() throws Exception {
        EventEnvelope envelope = EventEnvelopeReader.read(
                "{\"id\":\"evt_2\",\"object\":\"event\",\"type\":\"payout.paid\",\"created\":1,\"livemode\":true,\"data\":{\"object\":{}}}");

        assertEquals(Optional.empty(), envelope.account());
        assertEquals(Optional.empty(), envelope.apiVersion());
        assertTrue(envelope.livemode());
    }

    @Test
    void aNullAccountIsNoAccount() throws Exception {
        assertEquals(Optional.empty(), EventEnvelopeReader.read(
                "{\"id\":\"evt_3\",\"object\":\"event\",\"type\":\"payout.paid\",\"created\":1,\"account\":null}").account());
    }

    @Test
    void anEventWithoutLivemodeIsATestEvent() throws Exception {
        assertFalse(EventEnvelopeReader.read("{\"id\":\"evt_4\",\"object\":\"event\",\"type\":\"payout.paid\",\"created\":1}").livemode());
    }

    @Test
    void envelopeNamesInsideDataAreNotTheEnvelopes() throws Exception {
        // data.object has its own id, object, type, account and livemode; so do its nested objects and its strings.
        String payload = "{\"object\":\"event\",\"data\":{\"object\":{\"id\":\"cs_evil\",\"object\":\"event\",\"type\":\"charge.refunded\","
                + "\"account\":\"acct_evil\",\"livemode\":true,\"metadata\":{\"note\":\"}, \\\"id\\\": \\\"evt_fake\\\", {\"},"
                + "\"lines\":[{\"id\":\"li_1\",\"type\":\"x\"},[1,2,[3]],null,true,-1.5e3]},\"previous_attributes\":{\"created\":9}},"
                + "\"id\":\"evt_5\",\"type\":\"checkout.session.completed\",\"created\":1714557600,\"livemode\":false}";

        EventEnvelope envelope = EventEnvelopeReader.read(payload);

        assertEquals("evt_5", envelope.id());
        assertEquals("checkout.session.completed", envelope.type());
        assertEquals(1714557600L, envelope.created());
        assertFalse(envelope.livemode());
        assertEquals(Optional.empty(), envelope.account());
    }

    @Test
    void escapedAndNonAsciiTextIsReadAsItsCharacters() throws Exception {
        String payload = "{\"id\":\"evt_\\u00e9t\u00e9\",\"object\":\"event\",\"type\":\"product.updated\",\"created\":1,"
                + "\"account\":\"acct_\\\"q\\\"\",\"data\":{\"object\":{\"name\":\"Caf\u00e9 \u2615 \uD83D\uDE00 \\uD83D\\uDE00\"}}}";

        EventEnvelope envelope = EventEnvelopeReader.read(payload);

        assertEquals("evt_\u00e9t\u00e9", envelope.id());
        assertEquals(Optional.of("acct_\"q\""), envelope.account());
    }

    @Test
    void aBodyThatIsNotJsonIsMalformed() {
        assertMalformed("not json at all {", "The body is not JSON");
    }

    @Test
    void aTruncatedBodyIsMalformed() {
        assertMalformed(DIRECT_CHECKOUT.substring(0, DIRECT_CHECKOUT.length() - 20), "The body is not JSON");
    }

    @Test
    void aBrokenDataObjectIsMalformedThoughTheEnvelopeIsComplete() {
        assertMalformed("{\"id\":\"evt_6\",\"object\":\"event\",\"type\":\"x.y\",\"created\":1,\"data\":{\"object\":{\"a\":}}}", "The body is not JSON");
    }

    @Test
    void anythingAfterTheEventIsMalformed() {
        assertMalformed(DIRECT_CHECKOUT + " {}", "The body is not JSON");
    }

    @Test
    void aBodyThatIsNotAnObjectIsNotAnEvent() {
        assertMalformed("[" + DIRECT_CHECKOUT + "]", "The body is not a Stripe event (id, object=event, type, created)");
        assertMalformed("", "The body is not JSON");
    }

    @Test
    void anObjectOtherThanAnEventIsNotAnEvent() {
        assertMalformed("{\"id\":\"cus_1\",\"object\":\"customer\",\"type\":\"x\",\"created\":1}",
                "The body is not a Stripe event (id, object=event, type, created)");
    }

    @Test
    void anEventWithoutIdTypeOrCreatedIsNotAnEvent() {
        assertMalformed("{\"object\":\"event\",\"type\":\"x.y\",\"created\":1}", "The body is not a Stripe event (id, object=event, type, created)");
        assertMalformed("{\"id\":\"evt_7\",\"object\":\"event\",\"created\":1}", "The body is not a Stripe event (id, object=event, type, created)");
        assertMalformed("{\"id\":\"evt_7\",\"object\":\"event\",\"type\":\"x.y\"}", "The body is not a Stripe event (id, object=event, type, created)");
        assertMalformed("{\"id\":null,\"object\":\"event\",\"type\":\"x.y\",\"created\":1}", "The body is not a Stripe event (id, object=event, type, created)");
    }

    @Test
    void envelopeFieldsOfTheWrongKindAreNotAnEvent() {
        assertMalformed("{\"id\":7,\"object\":\"event\",\"type\":\"x.y\",\"created\":1}", "The body is not a Stripe event (id, object=event, type, created)");
        assertMalformed("{\"id\":\"evt_8\",\"object\":\"event\",\"type\":\"x.y\",\"created\":\"soon\"}",
                "The body is not a Stripe event (id, object=event, type, created)");
        assertMalformed("{\"id\":\"evt_8\",\"object\":\"event\",\"type\":\"x.y\",\"created\":1,\"account\":{\"id\":\"acct_1\"}}",
                "The body is not a Stripe event (id, object=event, type, created)");
        assertMalformed("{\"id\":\"evt_8\",\"object\":\"event\",\"type\":\"x.y\",\"created\":1,\"data\":\"object\"}",
                "The body is not a Stripe event (id, object=event, type, created)");
    }

    private static void assertMalformed(String payload, String message) {
        WebhookRejected rejected = assertThrows(WebhookRejected.class, () -> EventEnvelopeReader.read(payload));
        assertEquals(WebhookRejected.Reason.MALFORMED, rejected.reason());
        assertEquals(message, rejected.getMessage());
    }
}
