package com.marketplace.webhooks.application;

import com.marketplace.webhooks.domain.ClaimedBatch;
import com.marketplace.webhooks.domain.EventInbox;
import com.marketplace.webhooks.domain.RetryPolicy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * The worker's short transactions of its own: claiming a batch (the row locks end at commit; the
 * claim token and lease carry the ownership from there; abandoned rows out of attempts die in it)
 * and recording a failed attempt after the handler's transaction rolled back.
 */
// A stateless EJB, not a CDI bean: the EJB container sets up the component invocation that the
// connection pool needs to enlist JDBC connections in the transaction, also on the worker's
// managed thread (a CDI @Transactional method there got an active transaction but autocommitted connections).
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InboxTransactions {

    @Inject
    EventInbox inbox;

    public ClaimedBatch claim(String workerId, String claimToken, int limit, Instant now, Instant leaseUntil, RetryPolicy retries) {
        return inbox.claim(workerId, claimToken, limit, now, leaseUntil, retries);
    }

    public boolean fail(String eventId, String claimToken, String error, Optional<Instant> nextAttemptAt) {
        return inbox.fail(eventId, claimToken, error, nextAttemptAt);
    }
}
