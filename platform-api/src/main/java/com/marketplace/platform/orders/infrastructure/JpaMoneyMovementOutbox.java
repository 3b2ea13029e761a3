package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.orders.domain.MoneyMovement;
import com.marketplace.platform.orders.domain.MoneyMovementOutbox;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.PurchaseId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

// Leases are conditional updates, as in JpaTransferOutbox.
@ApplicationScoped
public class JpaMoneyMovementOutbox implements MoneyMovementOutbox {

    private static final int MAX_ERROR = 500;
    private static final EnumSet<MoneyMovement.Status> OPEN = EnumSet.of(MoneyMovement.Status.PENDING, MoneyMovement.Status.UNRECOVERED);

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    // Callers hold the purchase's or order's row lock, so two decisions with one key do not race here.
    @Override
    public boolean add(MoneyMovement movement) {
        if (byKey(movement.requestKey()).isPresent()) {
            return false;
        }
        entityManager.persist(movement);
        entityManager.flush();
        return true;
    }

    @Override
    public Optional<MoneyMovement> find(long id) {
        MoneyMovement movement = entityManager.find(MoneyMovement.class, id);
        if (movement != null && entityManager.isJoinedToTransaction()) {
            entityManager.refresh(movement);
        }
        return Optional.ofNullable(movement);
    }

    @Override
    public Optional<MoneyMovement> byKey(String requestKey) {
        return entityManager.createQuery("SELECT m FROM MoneyMovement m WHERE m.requestKey = :key", MoneyMovement.class)
                .setParameter("key", requestKey).getResultStream().findFirst();
    }

    @Override
    public List<MoneyMovement> ofPurchase(PurchaseId purchase) {
        return entityManager.createQuery("SELECT m FROM MoneyMovement m WHERE m.purchaseId = :purchase ORDER BY m.id", MoneyMovement.class)
                .setParameter("purchase", purchase.value()).getResultList();
    }

    @Override
    public List<MoneyMovement> ofOrder(OrderId order) {
        return entityManager.createQuery("SELECT m FROM MoneyMovement m WHERE m.orderId = :order ORDER BY m.id", MoneyMovement.class)
                .setParameter("order", order.value()).getResultList();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return entityManager.createQuery("SELECT m.id FROM MoneyMovement m WHERE m.status IN :open AND m.nextAttemptAt <= :now"
                        + " AND (m.leaseUntil IS NULL OR m.leaseUntil < :now) ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("open", OPEN)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean lease(long id, Instant now, Instant leaseUntil) {
        return entityManager.createQuery("UPDATE MoneyMovement m SET m.leaseUntil = :leaseUntil, m.attempts = m.attempts + 1,"
                        + " m.updatedAt = :now WHERE m.id = :id AND m.status IN :open AND m.nextAttemptAt <= :now"
                        + " AND (m.leaseUntil IS NULL OR m.leaseUntil < :now)")
                .setParameter("leaseUntil", leaseUntil)
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("open", OPEN)
                .executeUpdate() == 1;
    }

    @Override
    public boolean done(long id, String stripeObjectId, Optional<String> transferId, Instant now) {
        return entityManager.createQuery("UPDATE MoneyMovement m SET m.status = :done, m.stripeObjectId = :object,"
                        + " m.stripeTransferId = COALESCE(m.stripeTransferId, :transfer), m.failure = NULL, m.leaseUntil = NULL,"
                        + " m.updatedAt = :now WHERE m.id = :id AND m.status IN :open")
                .setParameter("done", MoneyMovement.Status.DONE)
                .setParameter("object", stripeObjectId)
                .setParameter("transfer", transferId.orElse(null))
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("open", OPEN)
                .executeUpdate() == 1;
    }

    @Override
    public boolean nothing(long id, String why, Instant now) {
        return entityManager.createQuery("UPDATE MoneyMovement m SET m.status = :nothing, m.lastError = :why, m.leaseUntil = NULL,"
                        + " m.updatedAt = :now WHERE m.id = :id AND m.status IN :open")
                .setParameter("nothing", MoneyMovement.Status.NOTHING)
                .setParameter("why", cut(why))
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("open", OPEN)
                .executeUpdate() == 1;
    }

    @Override
    public boolean retryLater(long id, String error, Instant nextAttemptAt, Instant now) {
        return entityManager.createQuery("UPDATE MoneyMovement m SET m.lastError = :error, m.nextAttemptAt = :next, m.leaseUntil = NULL,"
                        + " m.updatedAt = :now WHERE m.id = :id AND m.status IN :open")
                .setParameter("error", cut(error))
                .setParameter("next", nextAttemptAt)
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("open", OPEN)
                .executeUpdate() == 1;
    }

    // Left for the admin: still UNRECOVERED, due at the end of time, so the outbox never picks it up again.
    @Override
    public boolean unrecovered(long id, String failure, String error, Optional<Instant> nextAttemptAt, Instant now) {
        return entityManager.createQuery("UPDATE MoneyMovement m SET m.status = :unrecovered, m.failure = :failure, m.lastError = :error,"
                        + " m.nextAttemptAt = :next, m.leaseUntil = NULL, m.updatedAt = :now WHERE m.id = :id AND m.status IN :open")
                .setParameter("unrecovered", MoneyMovement.Status.UNRECOVERED)
                .setParameter("failure", failure.length() > 64 ? failure.substring(0, 64) : failure)
                .setParameter("error", cut(error))
                .setParameter("next", nextAttemptAt.orElse(NEVER))
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("open", OPEN)
                .executeUpdate() == 1;
    }

    private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private static String cut(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
