package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.TransferOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

// Leases are conditional updates, as in JpaRefundOutbox: the same SQL on MariaDB and H2.
@ApplicationScoped
public class JpaTransferOutbox implements TransferOutbox {

    private static final int MAX_ERROR = 500;

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public boolean add(OrderTransfer transfer) {
        if (ofOrder(transfer.orderId()).isPresent()) {
            return false;
        }
        entityManager.persist(transfer);
        entityManager.flush();
        return true;
    }

    @Override
    public Optional<OrderTransfer> find(long transferId) {
        OrderTransfer transfer = entityManager.find(OrderTransfer.class, transferId);
        if (transfer != null && entityManager.isJoinedToTransaction()) {
            entityManager.refresh(transfer);
        }
        return Optional.ofNullable(transfer);
    }

    @Override
    public Optional<OrderTransfer> ofOrder(OrderId order) {
        return entityManager.createQuery("SELECT t FROM OrderTransfer t WHERE t.orderId = :order", OrderTransfer.class)
                .setParameter("order", order.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<OrderTransfer> byStripeId(String stripeTransferId) {
        return entityManager.createQuery("SELECT t FROM OrderTransfer t WHERE t.stripeTransferId = :id", OrderTransfer.class)
                .setParameter("id", stripeTransferId).getResultStream().findFirst();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return entityManager.createQuery("SELECT t.id FROM OrderTransfer t WHERE t.status = :pending AND t.nextAttemptAt <= :now"
                        + " AND (t.leaseUntil IS NULL OR t.leaseUntil < :now) ORDER BY t.nextAttemptAt, t.id", Long.class)
                .setParameter("pending", OrderTransfer.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean lease(long transferId, Instant now, Instant leaseUntil) {
        return entityManager.createQuery("UPDATE OrderTransfer t SET t.leaseUntil = :leaseUntil, t.attempts = t.attempts + 1,"
                        + " t.updatedAt = :now WHERE t.id = :id AND t.status = :pending AND t.nextAttemptAt <= :now"
                        + " AND (t.leaseUntil IS NULL OR t.leaseUntil < :now)")
                .setParameter("leaseUntil", leaseUntil)
                .setParameter("now", now)
                .setParameter("id", transferId)
                .setParameter("pending", OrderTransfer.Status.PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean recordSource(long transferId, String chargeId, Instant now) {
        return entityManager.createQuery("UPDATE OrderTransfer t SET t.sourceCharge = :charge, t.updatedAt = :now"
                        + " WHERE t.id = :id AND t.sourceCharge IS NULL")
                .setParameter("charge", chargeId).setParameter("now", now).setParameter("id", transferId)
                .executeUpdate() == 1;
    }

    @Override
    public boolean sent(long transferId, String stripeTransferId, Instant now) {
        return entityManager.createQuery("UPDATE OrderTransfer t SET t.status = :sent, t.stripeTransferId = :stripeId,"
                        + " t.leaseUntil = NULL, t.lastError = NULL, t.updatedAt = :now WHERE t.id = :id AND t.status = :pending")
                .setParameter("sent", OrderTransfer.Status.SENT)
                .setParameter("stripeId", stripeTransferId)
                .setParameter("now", now)
                .setParameter("id", transferId)
                .setParameter("pending", OrderTransfer.Status.PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean retryLater(long transferId, String error, Instant nextAttemptAt, Instant now) {
        return entityManager.createQuery("UPDATE OrderTransfer t SET t.nextAttemptAt = :next, t.leaseUntil = NULL,"
                        + " t.lastError = :error, t.updatedAt = :now WHERE t.id = :id AND t.status = :pending")
                .setParameter("next", nextAttemptAt)
                .setParameter("error", cut(error))
                .setParameter("now", now)
                .setParameter("id", transferId)
                .setParameter("pending", OrderTransfer.Status.PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean failed(long transferId, String error, Instant now) {
        return entityManager.createQuery("UPDATE OrderTransfer t SET t.status = :failed, t.leaseUntil = NULL,"
                        + " t.lastError = :error, t.updatedAt = :now WHERE t.id = :id AND t.status = :pending")
                .setParameter("failed", OrderTransfer.Status.FAILED)
                .setParameter("error", cut(error))
                .setParameter("now", now)
                .setParameter("id", transferId)
                .setParameter("pending", OrderTransfer.Status.PENDING)
                .executeUpdate() == 1;
    }

    // A transfer.created event may come before the worker's own answer is stored: the row then
    // becomes SENT here, and the worker's late "sent" finds nothing left to change.
    @Override
    public boolean recordStripe(OrderId order, String stripeTransferId, long amountReversed, Instant now) {
        return entityManager.createQuery("UPDATE OrderTransfer t SET t.stripeTransferId = :stripeId, t.status = :sent,"
                        + " t.leaseUntil = NULL, t.amountReversed = CASE WHEN t.amountReversed > :reversed THEN t.amountReversed"
                        + " ELSE :reversed END, t.updatedAt = :now WHERE t.orderId = :order AND t.status <> :failed"
                        + " AND (t.stripeTransferId IS NULL OR t.stripeTransferId = :stripeId) AND :reversed <= t.amount")
                .setParameter("stripeId", stripeTransferId)
                .setParameter("sent", OrderTransfer.Status.SENT)
                .setParameter("failed", OrderTransfer.Status.FAILED)
                .setParameter("reversed", amountReversed)
                .setParameter("now", now)
                .setParameter("order", order.value())
                .executeUpdate() == 1;
    }

    private static String cut(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
