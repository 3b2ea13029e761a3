package com.marketplace.benchmarks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.kernel.config.Secret;
import com.marketplace.webhooks.domain.WebhookRejected;
import com.marketplace.webhooks.infrastructure.StripeWebhookVerifier;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fault suite's hostile traffic is refused by the platform's own verifier, kind by kind (the suite then proves it over HTTP). */
class HostileDeliveriesTest {

    private static final WebhookSecrets SECRETS = new WebhookSecrets("whsec_platform_test", "whsec_connect_test");
    private final List<Delivery> hostile = HostileDeliveries.generate(400, List.of("acct_1A"), SECRETS);
    private final StripeWebhookVerifier verifier = new StripeWebhookVerifier(Clock.systemUTC());

    @Test
    void everyKindIsThereInEqualShares() {
        Map<String, Long> kinds = hostile.stream().collect(Collectors.groupingBy(Delivery::type, Collectors.counting()));
        assertEquals(Map.of("forged", 100L, "tampered", 100L, "replayed", 100L, "stale", 100L), kinds);
    }

    @Test
    void noneIsGenuineAndNoneIsRetried() {
        assertFalse(hostile.stream().anyMatch(Delivery::genuine));
    }

    @Test
    void theVerifierRefusesEveryOneWithItsEndpointsSecret() {
        long now = Instant.now().getEpochSecond();
        for (Delivery delivery : hostile) {
            Secret secret = Secret.of(delivery.path().endsWith("/connect") ? SECRETS.connect() : SECRETS.platform());
            assertThrows(WebhookRejected.class, () -> verifier.verify(delivery.payload(), delivery.signatureAt().apply(now), secret),
                    delivery.type() + " " + delivery.eventId());
        }
    }
}
