package com.marketplace.webhooks.domain;

import com.marketplace.platform.stripe.events.WebhookEndpoint;
import java.time.Instant;

/** A stored event: what arrived, where, and where it stands. */
public record InboxEvent(String eventId, WebhookEndpoint endpoint, String account, String type, long created,
                         String apiVersion, String payload, InboxStatus status, int attempts, int duplicates,
                         Instant nextAttemptAt, String claimToken, String claimedBy, String lastError,
                         Instant receivedAt, Instant processedAt) {
}
