package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.orders.domain.RefundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

// Leases are conditional updates rather than SELECT ... FOR UPDATE SKIP LOCKED: the same SQL works on
// MariaDB, MySQL and the embedded H2, and a lease outlives the short transaction that took it.
@ApplicationScoped
public class JpaRefundOutbox implements RefundOutbox {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public OrderRefund add(OrderRefund refund) {
        entityManager.persist(refund);
        entityManager.flush();
        return refund;
    }

    @Override
    public Optional<OrderRefund> find(long refundId) {
        return entityManager.createQuery("SELECT r FROM OrderRefund r WHERE r.id = :id", OrderRefund.class)
                .setParameter("id", refundId)
                .getResultStream().findFirst();
    }

    @Override
    public List<OrderRefund> of(OrderId order) {
        return entityManager.createQuery("SELECT r FROM OrderRefund r WHERE r.orderId = :order ORDER BY r.id", OrderRefund.class)
                .setParameter("order", order.value())
                .getResultList();
    }

    @Override
    public long amountPromised(OrderId order) {
        return entityManager.createQuery("SELECT COALESCE(SUM(r.amount), 0) FROM OrderRefund r"
                        + " WHERE r.orderId = :order AND r.status IN :promised", Long.class)
                .setParameter("order", order.value())
                .setParameter("promised", EnumSet.of(RefundStatus.PENDING, RefundStatus.SUCCEEDED))
                .getSingleResult();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return entityManager.createQuery("SELECT r.id FROM OrderRefund r WHERE r.status = :pending AND r.nextAttemptAt <= :now"
                        + " AND (r.leaseUntil IS NULL OR r.leaseUntil < :now) ORDER BY r.nextAttemptAt, r.id", Long.class)
                .setParameter("pending", RefundStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean lease(long refundId, Instant now, Instant leaseUntil) {
        return takeLease(refundId, now, leaseUntil, true);
    }

    @Override
    public boolean leaseNow(long refundId, Instant now, Instant leaseUntil) {
        return takeLease(refundId, now, leaseUntil, false);
    }

    private boolean takeLease(long refundId, Instant now, Instant leaseUntil, boolean onlyIfDue) {
        return entityManager.createQuery("UPDATE OrderRefund r SET r.leaseUntil = :leaseUntil, r.attempts = r.attempts + 1,"
                        + " r.updatedAt = :now WHERE r.id = :id AND r.status = :pending"
                        + " AND (:onlyIfDue = FALSE OR r.nextAttemptAt <= :now) AND (r.leaseUntil IS NULL OR r.leaseUntil < :now)")
                .setParameter("leaseUntil", leaseUntil)
                .setParameter("now", now)
                .setParameter("id", refundId)
                .setParameter("pending", RefundStatus.PENDING)
                .setParameter("onlyIfDue", onlyIfDue)
                .executeUpdate() == 1;
    }

    @Override
    public boolean succeeded(long refundId, String stripeRefundId, Instant now) {
        return entityManager.createQuery("UPDATE OrderRefund r SET r.status = :succeeded, r.stripeRefundId = :refund,"
                        + " r.leaseUntil = NULL, r.lastError = NULL, r.updatedAt = :now WHERE r.id = :id AND r.status = :pending")
                .setParameter("succeeded", RefundStatus.SUCCEEDED)
                .setParameter("refund", stripeRefundId)
                .setParameter("now", now)
                .setParameter("id", refundId)
                .setParameter("pending", RefundStatus.PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean retryLater(long refundId, String error, Instant nextAttemptAt, Instant now) {
        return entityManager.createQuery("UPDATE OrderRefund r SET r.nextAttemptAt = :next, r.leaseUntil = NULL,"
                        + " r.lastError = :error, r.updatedAt = :now WHERE r.id = :id AND r.status = :pending")
                .setParameter("next", nextAttemptAt)
                .setParameter("error", truncate(error))
                .setParameter("now", now)
                .setParameter("id", refundId)
                .setParameter("pending", RefundStatus.PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean failed(long refundId, String error, Instant now) {
        return entityManager.createQuery("UPDATE OrderRefund r SET r.status = :failed, r.leaseUntil = NULL,"
                        + " r.lastError = :error, r.updatedAt = :now WHERE r.id = :id AND r.status = :pending")
                .setParameter("failed", RefundStatus.FAILED)
                .setParameter("error", truncate(error))
                .setParameter("now", now)
                .setParameter("id", refundId)
                .setParameter("pending", RefundStatus.PENDING)
                .executeUpdate() == 1;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
