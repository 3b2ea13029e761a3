package com.marketplace.webhooks.infrastructure;

import com.marketplace.platform.alerts.domain.WebhookBacklog;
import com.marketplace.webhooks.domain.EventInbox;
import com.marketplace.webhooks.domain.InboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** The alerts' view of the webhook inbox: how long the oldest event has waited, and how many gave up. */
@ApplicationScoped
public class InboxWebhookBacklog implements WebhookBacklog {

    @Inject
    EventInbox inbox;

    @Override
    public Optional<Instant> oldestWaiting() {
        return inbox.oldestUnprocessed();
    }

    @Override
    public long deadEvents() {
        return inbox.countsByStatus().getOrDefault(InboxStatus.DEAD, 0L);
    }
}
