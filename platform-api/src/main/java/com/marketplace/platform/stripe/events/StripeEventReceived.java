package com.marketplace.platform.stripe.events;

import com.stripe.model.Event;
import java.time.Instant;
import java.util.Optional;

/**
 * A verified, stored Stripe event, fired by the webhook worker (module connect-webhooks) as a CDI
 * event qualified with its {@link StripeEventType}. Handlers run in the worker's transaction: what
 * they write commits together with the event's "processed" mark, or not at all.
 *
 * <p>The rule for handlers: Stripe guarantees neither order nor a single delivery. A handler must
 * be idempotent, and must never let an older event overwrite newer state: either re-fetch the
 * object from Stripe (the payload is a snapshot; the API is the truth) or compare {@link #created()}
 * with the {@code created} of the event that last changed the stored state, and ignore an older one.
 * When the event's {@code api_version} differs from stripe-java's, {@link #stripeEvent()}'s data
 * object may not deserialize: re-fetch by {@link #objectId()}.
 */
public record StripeEventReceived(String eventId, String type, WebhookEndpoint endpoint, String account, Instant created,
                                  String apiVersion, Event stripeEvent) {

    /** The connected account the event is about (Connect endpoint only). */
    public Optional<String> connectedAccount() {
        return Optional.ofNullable(account);
    }

    /** The id of the event's object ({@code data.object.id}), readable whatever the API version. */
    public Optional<String> objectId() {
        try {
            return Optional.ofNullable(stripeEvent.getDataObjectDeserializer().getRawJson())
                    .map(json -> com.google.gson.JsonParser.parseString(json).getAsJsonObject())
                    .filter(object -> object.has("id") && !object.get("id").isJsonNull())
                    .map(object -> object.get("id").getAsString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
