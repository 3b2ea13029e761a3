package com.marketplace.platform.notifications.interfaces.rest;

import com.marketplace.platform.notifications.domain.Notification;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A message of the outbox as the admin API shows it: where it goes and how its sending went, not what it says. */
@JsonbPropertyOrder({"id", "kind", "recipient", "subjectId", "status", "attempts", "createdAt", "sentAt", "lastError"})
public record NotificationResponse(long id, String kind, String recipient, String subjectId, String status, int attempts,
                                   Instant createdAt, Instant sentAt, String lastError) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.id(), notification.kind().code(), notification.recipient(), notification.subjectId(),
                notification.status().name(), notification.attempts(), notification.createdAt(), notification.sentAt().orElse(null),
                notification.lastError().orElse(null));
    }
}
