package com.marketplace.webhooks.interfaces.rest;

import com.marketplace.webhooks.domain.InboxEvent;
import java.time.Instant;

/** One stored event as admins see it (the payload stays in the database). */
public record WebhookEventResponse(String eventId, String endpoint, String account, String type, long created, String status,
                                   int attempts, int duplicates, Instant nextAttemptAt, String lastError, String claimedBy,
                                   Instant receivedAt, Instant processedAt) {

    static WebhookEventResponse of(InboxEvent event) {
        return new WebhookEventResponse(event.eventId(), event.endpoint().code(), event.account(), event.type(), event.created(),
                event.status().code(), event.attempts(), event.duplicates(), event.nextAttemptAt(), event.lastError(),
                event.claimedBy(), event.receivedAt(), event.processedAt());
    }
}
