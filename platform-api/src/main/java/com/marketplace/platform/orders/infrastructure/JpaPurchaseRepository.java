package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.domain.PurchaseRepository;
import com.marketplace.platform.orders.domain.PurchaseRouting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

// As JpaOrderRepository: every change after the insert is a bulk UPDATE naming the state it leaves.
@ApplicationScoped
public class JpaPurchaseRepository implements PurchaseRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Purchase add(Purchase purchase) {
        entityManager.persist(purchase);
        entityManager.flush();
        return purchase;
    }

    @Override
    public OrderLine addLine(OrderLine line) {
        entityManager.persist(line);
        entityManager.flush();
        return line;
    }

    @Override
    public Optional<Purchase> find(PurchaseId id) {
        return Optional.ofNullable(entityManager.find(Purchase.class, id.value()));
    }

    @Override
    public Optional<Purchase> current(PurchaseId id) {
        Purchase purchase = entityManager.find(Purchase.class, id.value());
        if (purchase != null && entityManager.isJoinedToTransaction()) {
            entityManager.refresh(purchase);
        }
        return Optional.ofNullable(purchase);
    }

    @Override
    public Optional<Purchase> findBySession(String checkoutSessionId) {
        return entityManager.createQuery("SELECT p FROM Purchase p WHERE p.checkoutSessionId = :session", Purchase.class)
                .setParameter("session", checkoutSessionId).getResultStream().findFirst();
    }

    @Override
    public List<Order> ordersOf(PurchaseId id) {
        List<Order> orders = entityManager.createQuery("SELECT o FROM MarketplaceOrder o WHERE o.purchaseId = :purchase ORDER BY o.id",
                Order.class).setParameter("purchase", id.value()).getResultList();
        if (entityManager.isJoinedToTransaction()) {
            orders.forEach(entityManager::refresh);
        }
        return orders;
    }

    @Override
    public List<OrderLine> linesOf(OrderId order) {
        return entityManager.createQuery("SELECT l FROM OrderLine l WHERE l.orderId = :order ORDER BY l.position", OrderLine.class)
                .setParameter("order", order.value()).getResultList();
    }

    @Override
    public boolean attachSession(PurchaseId id, String sessionId, String url, Instant expiresAt, Instant now) {
        return entityManager.createQuery("UPDATE Purchase p SET p.checkoutSessionId = :session, p.checkoutUrl = :url,"
                        + " p.sessionExpiresAt = :expiresAt, p.updatedAt = :now WHERE p.id = :id AND p.checkoutSessionId IS NULL")
                .setParameter("session", sessionId)
                .setParameter("url", url)
                .setParameter("expiresAt", expiresAt)
                .setParameter("now", now)
                .setParameter("id", id.value())
                .executeUpdate() == 1;
    }

    @Override
    public boolean recordPayment(PurchaseId id, long amountTotal, Optional<String> paymentIntentId, Optional<String> chargeId, Instant now) {
        return entityManager.createQuery("UPDATE Purchase p SET p.amountTotal = :total, p.paymentIntentId = :intent,"
                        + " p.chargeId = :charge, p.updatedAt = :now WHERE p.id = :id AND p.chargeId IS NULL AND p.paymentIntentId IS NULL")
                .setParameter("total", amountTotal)
                .setParameter("intent", paymentIntentId.orElse(null))
                .setParameter("charge", chargeId.orElse(null))
                .setParameter("now", now)
                .setParameter("id", id.value())
                .executeUpdate() == 1;
    }

    @Override
    public List<PurchaseId> unsettledSince(Instant notSince, int limit) {
        TypedQuery<Long> query = entityManager.createQuery("SELECT DISTINCT p.id FROM Purchase p, MarketplaceOrder o"
                + " WHERE o.purchaseId = p.id AND p.routing = :separate AND o.status IN :unsettled AND o.updatedAt < :notSince"
                + " AND (p.reconciledAt IS NULL OR p.reconciledAt < :notSince) ORDER BY p.id", Long.class);
        return query.setParameter("separate", PurchaseRouting.SEPARATE_TRANSFERS)
                .setParameter("unsettled", OrderStatus.UNSETTLED)
                .setParameter("notSince", notSince)
                .setMaxResults(limit)
                .getResultList().stream().map(PurchaseId::new).toList();
    }

    @Override
    public boolean markReconciled(PurchaseId id, Instant now) {
        return entityManager.createQuery("UPDATE Purchase p SET p.reconciledAt = :now WHERE p.id = :id")
                .setParameter("now", now).setParameter("id", id.value()).executeUpdate() == 1;
    }
}
