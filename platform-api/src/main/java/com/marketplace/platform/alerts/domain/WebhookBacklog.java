package com.marketplace.platform.alerts.domain;

import java.time.Instant;
import java.util.Optional;

/** What the webhook inbox (connect-webhooks) tells the alerts: implemented there, so this feature does not read its table. */
public interface WebhookBacklog {

    /** When the oldest event not yet processed arrived; empty when none waits. */
    Optional<Instant> oldestWaiting();

    long deadEvents();
}
