package com.marketplace.platform.notifications.interfaces.rest;

import com.marketplace.platform.notifications.domain.Notification;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message of the outbox as the admin API shows it: where it goes and how its sending went, not what it says. */
@JsonbPropertyOrder({"id", "kind", "recipient", "subjectId", "status", "attempts", "createdAt", "sentAt", "lastError"})
public record NotificationResponse(@Schema(example = "77") long id,
                                   @Schema(example = "order_receipt") String kind,
                                   @Schema(example = "ada@example.com") String recipient,
                                   @Schema(example = "42") String subjectId,
                                   @Schema(example = "SENT") String status,
                                   @Schema(example = "1") int attempts,
                                   @Schema(example = "2026-03-14T09:26:53Z") Instant createdAt,
                                   @Schema(example = "2026-03-14T09:26:55Z") Instant sentAt,
                                   @Schema(example = "Stripe answered 503; retried later") String lastError) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.id(), notification.kind().code(), notification.recipient(), notification.subjectId(),
                notification.status().name(), notification.attempts(), notification.createdAt(), notification.sentAt().orElse(null),
                notification.lastError().orElse(null));
    }
}
