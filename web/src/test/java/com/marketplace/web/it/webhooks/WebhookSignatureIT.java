package com.marketplace.web.it.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What each endpoint answers to each kind of delivery, and that only verified events are stored. */
@ExtendWith(RunningMarketplace.class)
class WebhookSignatureIT {

    private static final String PLATFORM = "/webhooks/stripe";
    private static final String CONNECT = "/webhooks/stripe/connect";

    private static Reply deliver(String path, String payload, String signature) {
        return signature == null ? RunningMarketplace.api().post(path, payload)
                : RunningMarketplace.api().post(path, payload, "Stripe-Signature", signature);
    }

    private static String idOf(String payload) {
        return jakarta.json.Json.createReader(new java.io.StringReader(payload)).readObject().getString("id");
    }

    @Test
    void aCorrectlySignedEventIsStoredAndAcknowledged() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);

        Reply reply = deliver(PLATFORM, payload, SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET));

        assertEquals(200, reply.status(), reply.body());
        assertTrue(InboxRows.status(idOf(payload)).isPresent());
    }

    @Test
    void aConnectEventIsStoredWithItsEndpointAndAccount() throws Exception {
        String payload = SignedEvents.event("it.recorded", "account", "acct_1ItConnect");

        Reply reply = deliver(CONNECT, payload, SignedEvents.sign(payload, SignedEvents.CONNECT_SECRET));

        assertEquals(200, reply.status(), reply.body());
        assertEquals(Optional.of("connect"), InboxRows.single("SELECT endpoint FROM webhook_events WHERE event_id = ?", idOf(payload)));
        assertEquals(Optional.of("acct_1ItConnect"), InboxRows.single("SELECT account_id FROM webhook_events WHERE event_id = ?", idOf(payload)));
    }

    @Test
    void aWrongSecretIs401AndNothingIsStored() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);

        Reply reply = deliver(PLATFORM, payload, SignedEvents.sign(payload, "whsec_someone_else"));

        assertEquals(401, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"error\":\"signature_invalid\""), reply.body());
        assertTrue(InboxRows.status(idOf(payload)).isEmpty());
    }

    @Test
    void theOtherEndpointsSecretIs401() throws Exception {
        String payload = SignedEvents.event("it.recorded", "account", "acct_1ItConnect");

        Reply reply = deliver(CONNECT, payload, SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET));

        assertEquals(401, reply.status(), reply.body());
        assertTrue(InboxRows.status(idOf(payload)).isEmpty());
    }

    @Test
    void aTimestampOlderThan300SecondsIs401() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);

        Reply reply = deliver(PLATFORM, payload, SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET, Instant.now().getEpochSecond() - 301));

        assertEquals(401, reply.status(), reply.body());
        assertTrue(InboxRows.status(idOf(payload)).isEmpty());
    }

    @Test
    void aTimestampMoreThan300SecondsInTheFutureIs401() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);

        Reply reply = deliver(PLATFORM, payload, SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET, Instant.now().getEpochSecond() + 301));

        assertEquals(401, reply.status(), reply.body());
        assertTrue(InboxRows.status(idOf(payload)).isEmpty());
    }

    @Test
    void aMissingSignatureHeaderIs401() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);

        Reply reply = deliver(PLATFORM, payload, null);

        assertEquals(401, reply.status(), reply.body());
        assertTrue(InboxRows.status(idOf(payload)).isEmpty());
    }

    @Test
    void aBodyChangedAfterSigningIs401() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);
        String signature = SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET);

        Reply reply = deliver(PLATFORM, payload.replace("\"livemode\":false", "\"livemode\":true"), signature);

        assertEquals(401, reply.status(), reply.body());
        assertTrue(InboxRows.status(idOf(payload)).isEmpty());
    }

    @Test
    void aHeaderWithTwoV1SignaturesIsAcceptedWhenOneMatchesAsDuringSecretRotation() throws Exception {
        String payload = SignedEvents.event("it.recorded", "charge", null);
        long now = Instant.now().getEpochSecond();
        String valid = SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET, now);
        String rotatedOut = SignedEvents.sign(payload, "whsec_old_secret", now);
        String header = "t=" + now + "," + rotatedOut.substring(rotatedOut.indexOf("v1=")) + "," + valid.substring(valid.indexOf("v1="));

        Reply reply = deliver(PLATFORM, payload, header);

        assertEquals(200, reply.status(), reply.body());
        assertTrue(InboxRows.status(idOf(payload)).isPresent());
    }

    @Test
    void aSignedBodyThatIsNotJsonIs400AndNothingIsStored() throws Exception {
        String payload = "{\"id\":\"evt_it_broken\", this is not json";

        Reply reply = deliver(PLATFORM, payload, SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET));

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"error\":\"malformed_event\""), reply.body());
        assertTrue(InboxRows.status("evt_it_broken").isEmpty());
    }

    @Test
    void aSignedJsonObjectThatIsNotAnEventIs400() {
        String payload = "{\"hello\":\"world\"}";

        Reply reply = deliver(PLATFORM, payload, SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET));

        assertEquals(400, reply.status(), reply.body());
    }

    @Test
    void aGetOnTheEndpointIs405() {
        assertEquals(405, RunningMarketplace.api().get(PLATFORM).status());
    }
}
