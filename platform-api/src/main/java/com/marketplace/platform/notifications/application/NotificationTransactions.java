package com.marketplace.platform.notifications.application;

import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.Outbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The worker's short transactions: claiming a batch (the row locks end at commit, the lease carries
 * the ownership from there), and recording each outcome. The mail is sent between them, outside
 * any transaction: a slow mail server holds no row lock.
 */
// A stateless EJB, as the inbox's and the refunds' transactions: on the worker's managed thread only
// the EJB container enlists the connection in the transaction (docs/developer-notes.md).
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NotificationTransactions {

    @Inject
    Outbox outbox;

    public NotificationTransactions() {
        // for the EJB container, which injects the field
    }

    public NotificationTransactions(Outbox outbox) {
        this.outbox = outbox;
    }

    public List<Notification> claim(String leaseToken, int limit, Instant now, Instant leaseUntil, int maxAttempts) {
        return outbox.claim(leaseToken, limit, now, leaseUntil, maxAttempts);
    }

    public boolean sent(long id, String leaseToken, Instant now) {
        return outbox.sent(id, leaseToken, now);
    }

    public boolean retryLater(long id, String leaseToken, String error, Instant nextAttemptAt) {
        return outbox.retryLater(id, leaseToken, error, nextAttemptAt);
    }

    public boolean dead(long id, String leaseToken, String error) {
        return outbox.dead(id, leaseToken, error);
    }
}
