package com.marketplace.webhooks.infrastructure;

import com.marketplace.platform.kernel.config.Secret;
import com.marketplace.webhooks.domain.EventEnvelope;
import com.marketplace.webhooks.domain.WebhookRejected;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks a webhook delivery with stripe-java's {@link Webhook} on the exact bytes received, with
 * a 300 s tolerance. stripe-java only rejects old timestamps; a timestamp more than the tolerance
 * in the future is rejected here too (a replay prepared in advance is still a replay).
 */
public final class StripeWebhookVerifier {

    public static final long TOLERANCE_SECONDS = 300;

    private final Clock clock;

    public StripeWebhookVerifier(Clock clock) {
        this.clock = clock;
    }

    /**
     * The envelope of a verified delivery: only what the inbox stores is read (see
     * {@link EventEnvelopeReader}); the whole event is parsed by the worker, with {@link #parse}.
     */
    public EventEnvelope verify(String payload, String signatureHeader, Secret secret) throws WebhookRejected {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "Missing Stripe-Signature header");
        }
        long now = clock.instant().getEpochSecond();
        Optional<Long> timestamp = timestamp(signatureHeader);
        if (timestamp.isEmpty()) {
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "Stripe-Signature has no timestamp");
        }
        if (timestamp.get() > now + TOLERANCE_SECONDS) {
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "Stripe-Signature timestamp is in the future");
        }
        try {
            Webhook.Signature.verifyHeader(payload, signatureHeader, secret.reveal(), TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            // stripe-java's message says what failed (no signature, mismatch, outside tolerance); it never contains the secret.
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, e.getMessage());
        }
        return EventEnvelopeReader.read(payload);
    }

    /** The whole event in a stored payload, data included, for its handlers; a body that is not a Stripe event is malformed. */
    public static Event parse(String payload) throws WebhookRejected {
        Event event;
        try {
            event = ApiResource.GSON.fromJson(payload, Event.class);
        } catch (RuntimeException e) {
            throw new WebhookRejected(WebhookRejected.Reason.MALFORMED, "The body is not JSON");
        }
        if (event == null || event.getId() == null || event.getType() == null || event.getCreated() == null
                || !"event".equals(event.getObject())) {
            throw new WebhookRejected(WebhookRejected.Reason.MALFORMED, "The body is not a Stripe event (id, object=event, type, created)");
        }
        return event;
    }

    private static Optional<Long> timestamp(String header) {
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .filter(part -> part.startsWith("t="))
                .findFirst()
                .flatMap(part -> {
                    try {
                        return Optional.of(Long.parseLong(part.substring(2)));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
    }
}
