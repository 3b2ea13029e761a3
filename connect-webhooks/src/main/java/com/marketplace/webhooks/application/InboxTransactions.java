package com.marketplace.webhooks.application;

import com.marketplace.webhooks.domain.InboxEvent;
import com.marketplace.webhooks.infrastructure.JdbcEventInbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The worker's short transactions of its own: claiming a batch (the row locks end at commit; the
 * claim token and lease carry the ownership from there) and recording a failed attempt after the
 * handler's transaction rolled back.
 */
@ApplicationScoped
public class InboxTransactions {

    @Inject
    JdbcEventInbox inbox;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<InboxEvent> claim(String workerId, String claimToken, int limit, Instant now, Instant leaseUntil) {
        return inbox.claim(workerId, claimToken, limit, now, leaseUntil);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean fail(String eventId, String claimToken, String error, Optional<Instant> nextAttemptAt) {
        return inbox.fail(eventId, claimToken, error, nextAttemptAt);
    }
}
