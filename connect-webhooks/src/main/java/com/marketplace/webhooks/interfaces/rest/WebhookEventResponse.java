package com.marketplace.webhooks.interfaces.rest;

import com.marketplace.webhooks.domain.InboxEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored event as admins see it (the payload stays in the database). */
public record WebhookEventResponse(@Schema(example = "evt_1Nv1BcQ9RKHgCVdK") String eventId,
                                   @Schema(example = "connect") String endpoint,
                                   @Schema(example = "acct_1Nv0FGQ9RKHgCVdK") String account,
                                   @Schema(example = "checkout.session.completed") String type,
                                   @Schema(example = "1773480413") long created,
                                   @Schema(example = "PROCESSED") String status,
                                   @Schema(example = "1") int attempts,
                                   @Schema(example = "0") int duplicates,
                                   @Schema(example = "2026-03-14T09:31:53Z") Instant nextAttemptAt,
                                   @Schema(example = "Stripe answered 503; retried later") String lastError,
                                   @Schema(example = "payara-7f3c:worker-2") String claimedBy,
                                   @Schema(example = "2026-03-14T09:26:53Z") Instant receivedAt,
                                   @Schema(example = "2026-03-14T09:26:54Z") Instant processedAt) {

    static WebhookEventResponse of(InboxEvent event) {
        return new WebhookEventResponse(event.eventId(), event.endpoint().code(), event.account(), event.type(), event.created(),
                event.status().code(), event.attempts(), event.duplicates(), event.nextAttemptAt(), event.lastError(),
                event.claimedBy(), event.receivedAt(), event.processedAt());
    }
}
