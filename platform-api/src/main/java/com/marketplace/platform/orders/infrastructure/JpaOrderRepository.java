package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.orders.domain.DisputeMove;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

// Every move is a bulk UPDATE that names the states it leaves, run in the caller's transaction; the
// row count is the answer. Orders loaded in the same persistence context are not refreshed by it:
// callers decide on the update's answer, never on an entity they read before it.
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Order add(Order order) {
        entityManager.persist(order);
        entityManager.flush();
        return order;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return Optional.ofNullable(entityManager.find(Order.class, id.value()));
    }

    @Override
    public Optional<Order> current(OrderId id) {
        Order order = entityManager.find(Order.class, id.value());
        if (order != null && entityManager.isJoinedToTransaction()) {
            entityManager.refresh(order); // bulk updates bypass the persistence context
        }
        return Optional.ofNullable(order);
    }

    @Override
    public Optional<Order> findForUpdate(OrderId id) {
        return Optional.ofNullable(entityManager.find(Order.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Order> findBySession(String checkoutSessionId) {
        return single(entityManager.createQuery("SELECT o FROM MarketplaceOrder o WHERE o.checkoutSessionId = :session", Order.class)
                .setParameter("session", checkoutSessionId));
    }

    @Override
    public Optional<Order> findByPaymentIntent(String paymentIntentId) {
        return single(entityManager.createQuery("SELECT o FROM MarketplaceOrder o WHERE o.paymentIntentId = :intent", Order.class)
                .setParameter("intent", paymentIntentId));
    }

    @Override
    public List<Order> list(Optional<SellerId> seller, Optional<OrderStatus> status, int offset, int limit) {
        TypedQuery<Order> query = entityManager.createQuery("SELECT o FROM MarketplaceOrder o"
                + " WHERE (:anySeller = TRUE OR o.sellerId = :seller) AND (:anyStatus = TRUE OR o.status = :status)"
                + " ORDER BY o.id DESC", Order.class);
        return query.setParameter("anySeller", seller.isEmpty())
                .setParameter("seller", seller.map(SellerId::value).orElse(0L))
                .setParameter("anyStatus", status.isEmpty())
                .setParameter("status", status.orElse(OrderStatus.PENDING))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Order> unsettledSince(Instant notSince, int limit) {
        return entityManager.createQuery("SELECT o FROM MarketplaceOrder o WHERE o.status IN :unsettled"
                        + " AND o.updatedAt < :notSince AND (o.reconciledAt IS NULL OR o.reconciledAt < :notSince)"
                        + " ORDER BY o.id", Order.class)
                .setParameter("unsettled", OrderStatus.UNSETTLED)
                .setParameter("notSince", notSince)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean attachSession(OrderId id, String sessionId, String url, Instant expiresAt, Instant now) {
        return entityManager.createQuery("UPDATE MarketplaceOrder o SET o.checkoutSessionId = :session, o.checkoutUrl = :url,"
                        + " o.sessionExpiresAt = :expiresAt, o.updatedAt = :now WHERE o.id = :id AND o.checkoutSessionId IS NULL")
                .setParameter("session", sessionId)
                .setParameter("url", url)
                .setParameter("expiresAt", expiresAt)
                .setParameter("now", now)
                .setParameter("id", id.value())
                .executeUpdate() == 1;
    }

    @Override
    public boolean markReconciled(OrderId id, Instant now) {
        return entityManager.createQuery("UPDATE MarketplaceOrder o SET o.reconciledAt = :now WHERE o.id = :id")
                .setParameter("now", now)
                .setParameter("id", id.value())
                .executeUpdate() == 1;
    }

    @Override
    public boolean move(OrderId id, OrderStatus target, Optional<String> problem, Instant now) {
        return entityManager.createQuery("UPDATE MarketplaceOrder o SET o.status = :target,"
                        + " o.problem = COALESCE(:problem, o.problem), o.updatedAt = :now WHERE o.id = :id AND o.status IN :from")
                .setParameter("target", target)
                .setParameter("problem", problem.orElse(null))
                .setParameter("now", now)
                .setParameter("id", id.value())
                .setParameter("from", OrderStatus.leavableFor(target))
                .executeUpdate() == 1;
    }

    @Override
    public boolean markPaid(OrderId id, long amountTotal, long applicationFee, Optional<String> paymentIntentId, Instant now) {
        return entityManager.createQuery("UPDATE MarketplaceOrder o SET o.status = :paid, o.amountTotal = :total,"
                        + " o.applicationFeeAmount = :fee, o.paymentIntentId = :intent, o.paidAt = :now, o.updatedAt = :now"
                        + " WHERE o.id = :id AND o.status IN :from")
                .setParameter("paid", OrderStatus.PAID)
                .setParameter("total", amountTotal)
                .setParameter("fee", applicationFee)
                .setParameter("intent", paymentIntentId.orElse(null))
                .setParameter("now", now)
                .setParameter("id", id.value())
                .setParameter("from", OrderStatus.leavableFor(OrderStatus.PAID))
                .executeUpdate() == 1;
    }

    // The version moves too: a seller's edit made from a read before this sale must not write the
    // old stock back over it (their PATCH fails with a conflict instead).
    @Override
    public boolean takeStock(ProductId product, int quantity, Instant now) {
        return entityManager.createQuery("UPDATE Product p SET p.stock = p.stock - :quantity, p.version = p.version + 1,"
                        + " p.updatedAt = :now WHERE p.id = :id AND p.stock >= :quantity")
                .setParameter("quantity", quantity)
                .setParameter("now", now)
                .setParameter("id", product.value())
                .executeUpdate() == 1;
    }

    @Override
    public boolean restock(Order order, Instant now) {
        boolean marked = entityManager.createQuery("UPDATE MarketplaceOrder o SET o.restocked = TRUE, o.updatedAt = :now"
                        + " WHERE o.id = :id AND o.restocked = FALSE")
                .setParameter("now", now)
                .setParameter("id", order.id().value())
                .executeUpdate() == 1;
        if (marked) {
            entityManager.createQuery("UPDATE Product p SET p.stock = p.stock + :quantity, p.version = p.version + 1,"
                            + " p.updatedAt = :now WHERE p.id = :id")
                    .setParameter("quantity", order.quantity())
                    .setParameter("now", now)
                    .setParameter("id", order.productId().value())
                    .executeUpdate();
        }
        return marked;
    }

    @Override
    public boolean recordRefunded(OrderId id, long amountRefunded, Instant now) {
        boolean raised = entityManager.createQuery("UPDATE MarketplaceOrder o SET o.amountRefunded = :refunded, o.updatedAt = :now"
                        + " WHERE o.id = :id AND o.amountRefunded < :refunded AND o.amountTotal >= :refunded")
                .setParameter("refunded", amountRefunded)
                .setParameter("now", now)
                .setParameter("id", id.value())
                .executeUpdate() == 1;
        // The status follows the amount now stored, whichever path stored it (OrderStatus.withRefunded,
        // as conditional updates): a disputed order keeps its dispute and an out-of-stock one stays so
        // until fully refunded.
        int full = entityManager.createQuery("UPDATE MarketplaceOrder o SET o.status = :refunded, o.updatedAt = :now"
                        + " WHERE o.id = :id AND o.amountRefunded > 0 AND o.amountRefunded >= o.amountTotal AND o.status IN :from")
                .setParameter("refunded", OrderStatus.REFUNDED)
                .setParameter("now", now)
                .setParameter("id", id.value())
                .setParameter("from", OrderStatus.leavableFor(OrderStatus.REFUNDED))
                .executeUpdate();
        int partial = entityManager.createQuery("UPDATE MarketplaceOrder o SET o.status = :partial, o.updatedAt = :now"
                        + " WHERE o.id = :id AND o.amountRefunded > 0 AND o.amountRefunded < o.amountTotal AND o.status = :paid")
                .setParameter("partial", OrderStatus.PARTIALLY_REFUNDED)
                .setParameter("now", now)
                .setParameter("id", id.value())
                .setParameter("paid", OrderStatus.PAID)
                .executeUpdate();
        return raised || full + partial > 0;
    }

    @Override
    public Optional<Order> currentForUpdate(OrderId id) {
        Order order = entityManager.find(Order.class, id.value());
        if (order == null) {
            return Optional.empty();
        }
        // A lock taken on an entity this transaction already holds does not reload it: refresh does, under the lock.
        entityManager.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(order);
    }

    @Override
    public boolean applyDispute(OrderId id, DisputeMove move, Instant now) {
        return entityManager.createQuery("UPDATE MarketplaceOrder o SET o.status = :to, o.disputeId = :dispute,"
                        + " o.disputeStatus = :disputeStatus, o.disputeEvidenceDueBy = :dueBy, o.statusBeforeDispute = :before,"
                        + " o.updatedAt = :now WHERE o.id = :id AND o.status = :from")
                .setParameter("to", move.to())
                .setParameter("dispute", move.disputeId())
                .setParameter("disputeStatus", move.disputeStatus())
                .setParameter("dueBy", move.evidenceDueBy().orElse(null))
                .setParameter("before", move.statusBeforeDispute().orElse(null))
                .setParameter("now", now)
                .setParameter("id", id.value())
                .setParameter("from", move.from())
                .executeUpdate() == 1;
    }

    private static Optional<Order> single(TypedQuery<Order> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
