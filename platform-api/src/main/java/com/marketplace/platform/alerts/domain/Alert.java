package com.marketplace.platform.alerts.domain;

import java.time.Instant;
import java.util.Optional;

/** One episode of a rule holding: when it opened, what was seen, and when it cleared (empty while open). */
public record Alert(long id, String key, AlertRule rule, String detail, Instant openedAt, Optional<Instant> closedAt) {

    public boolean isOpen() {
        return closedAt.isEmpty();
    }
}
