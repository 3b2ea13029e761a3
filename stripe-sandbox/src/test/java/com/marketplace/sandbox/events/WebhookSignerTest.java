package com.marketplace.sandbox.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void theHeaderCarriesTheTimestampAndTheHmacOfTimestampDotPayload() {
        // HMAC-SHA256("whsec_test", "1700000000.{}") computed independently: printf '1700000000.{}' | openssl dgst -sha256 -hmac whsec_test
        String header = WebhookSigner.signatureHeader("{}", "whsec_test", 1_700_000_000L);

        assertEquals("t=1700000000,v1=35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91", header);
    }

    @Test
    void anotherSecretGivesAnotherSignature() {
        assertNotEquals(WebhookSigner.signatureHeader("{}", "whsec_a", 1L), WebhookSigner.signatureHeader("{}", "whsec_b", 1L));
    }
}
