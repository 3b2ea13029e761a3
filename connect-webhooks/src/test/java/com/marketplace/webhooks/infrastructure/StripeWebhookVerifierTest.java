package com.marketplace.webhooks.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.kernel.config.Secret;
import com.marketplace.webhooks.domain.EventEnvelope;
import com.marketplace.webhooks.domain.WebhookRejected;
import com.stripe.net.Webhook;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the webhook endpoints accept as a delivery from Stripe: signed with the endpoint's secret, recent, an event. */
class StripeWebhookVerifierTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Secret SECRET = Secret.of("whsec_connect_test");
    private static final String EVENT = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"account.updated\",\"created\":1714557600,"
            + "\"account\":\"acct_1A\",\"livemode\":false,\"data\":{\"object\":{\"id\":\"acct_1A\",\"object\":\"account\"}}}";

    private final StripeWebhookVerifier verifier = new StripeWebhookVerifier(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aDeliverySignedNowWithTheSecretIsTheEventItCarries() throws Exception {
        EventEnvelope event = verifier.verify(EVENT, signed(EVENT, NOW.getEpochSecond(), SECRET), SECRET);

        assertEquals("evt_1", event.id());
        assertEquals("account.updated", event.type());
        assertEquals(Optional.of("acct_1A"), event.account());
    }

    @Test
    void aDeliveryWithoutSignatureIsRejectedAsUnverifiable() {
        assertEquals(WebhookRejected.Reason.SIGNATURE, assertThrows(WebhookRejected.class, () -> verifier.verify(EVENT, " ", SECRET)).reason());
    }

    @Test
    void aSignatureWithAnotherSecretIsRejected() throws Exception {
        String header = signed(EVENT, NOW.getEpochSecond(), Secret.of("whsec_someone_else"));

        assertEquals(WebhookRejected.Reason.SIGNATURE, assertThrows(WebhookRejected.class, () -> verifier.verify(EVENT, header, SECRET)).reason());
    }

    @Test
    void aBodyChangedAfterSigningIsRejected() throws Exception {
        String header = signed(EVENT, NOW.getEpochSecond(), SECRET);

        assertThrows(WebhookRejected.class, () -> verifier.verify(EVENT.replace("acct_1A", "acct_1B"), header, SECRET));
    }

    @Test
    void aSignatureOlderThanTheToleranceIsRejected() throws Exception {
        String header = signed(EVENT, NOW.getEpochSecond() - StripeWebhookVerifier.TOLERANCE_SECONDS - 1, SECRET);

        assertThrows(WebhookRejected.class, () -> verifier.verify(EVENT, header, SECRET));
    }

    @Test
    void aSignatureFromFurtherInTheFutureThanTheToleranceIsRejected() throws Exception {
        String header = signed(EVENT, NOW.getEpochSecond() + StripeWebhookVerifier.TOLERANCE_SECONDS + 1, SECRET);

        WebhookRejected rejected = assertThrows(WebhookRejected.class, () -> verifier.verify(EVENT, header, SECRET));
        assertEquals("Stripe-Signature timestamp is in the future", rejected.getMessage());
    }

    @Test
    void aSignedBodyThatIsNotAnEventIsMalformed() throws Exception {
        String notAnEvent = "{\"id\":\"cus_1\",\"object\":\"customer\"}";

        WebhookRejected rejected = assertThrows(WebhookRejected.class,
                () -> verifier.verify(notAnEvent, signed(notAnEvent, NOW.getEpochSecond(), SECRET), SECRET));
        assertEquals(WebhookRejected.Reason.MALFORMED, rejected.reason());
    }

    @Test
    void aSignedBodyThatIsNotJsonIsMalformed() throws Exception {
        String notJson = "not json at all {";

        WebhookRejected rejected = assertThrows(WebhookRejected.class,
                () -> verifier.verify(notJson, signed(notJson, NOW.getEpochSecond(), SECRET), SECRET));
        assertEquals(WebhookRejected.Reason.MALFORMED, rejected.reason());
    }

    private static String signed(String payload, long timestamp, Secret secret) throws GeneralSecurityException {
        return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret.reveal(), timestamp + "." + payload);
    }
}
