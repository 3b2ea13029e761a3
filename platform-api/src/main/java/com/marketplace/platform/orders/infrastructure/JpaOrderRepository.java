package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.OrderTransition;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.ListOrder;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

// Every move is a bulk UPDATE that names the states it leaves, run in the caller's transaction; the
// row count is the answer. It writes only the orders table: stock is catalog's (its Inventory). Orders loaded in the same persistence context are not refreshed by it:
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

    // Each filter is written into the query only when asked for, so that every combination is a range
    // of one index read from the cursor in id order: (seller_id, id), (seller_id, status, id),
    // (status, id), or the primary key. A "(:any = TRUE OR column = :value)" form would hide the
    // filter from the optimizer and scan the table.
    @Override
    public Page<Order> list(Optional<SellerId> seller, Optional<OrderStatus> status, PageRequest page) {
        String jpql = "SELECT o FROM MarketplaceOrder o WHERE 1 = 1"
                + seller.map(value -> " AND o.sellerId = :seller").orElse("")
                + status.map(value -> " AND o.status = :status").orElse("")
                + page.seekCondition("o.id", ListOrder.NEWEST_FIRST) + page.orderBy("o.id", ListOrder.NEWEST_FIRST);
        TypedQuery<Order> query = entityManager.createQuery(jpql, Order.class);
        seller.ifPresent(value -> query.setParameter("seller", value.value()));
        status.ifPresent(value -> query.setParameter("status", value));
        page.cursor().ifPresent(cursor -> query.setParameter("cursor", cursor));
        return page.page(query.setFirstResult(page.offset()).setMaxResults(page.fetchSize()).getResultList());
    }

    @Override
    public List<Order> unsettledSince(Instant notSince, int limit) {
        // The orders of a purchase across sellers are settled by their purchase's session (PurchaseRepository#unsettledSince).
        return entityManager.createQuery("SELECT o FROM MarketplaceOrder o WHERE o.status IN :unsettled AND o.separateTransfers = FALSE"
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

    // The statement names exactly the fields the move sets: a field the move does not set keeps
    // whatever another path stored meanwhile.
    @Override
    public boolean apply(OrderTransition transition) {
        StringBuilder jpql = new StringBuilder("UPDATE MarketplaceOrder o SET o.status = :to, o.updatedAt = :at");
        transition.problem().ifPresent(problem -> jpql.append(", o.problem = :problem"));
        transition.payment().ifPresent(payment -> jpql.append(", o.amountTotal = :total, o.applicationFeeAmount = :fee,"
                + " o.paymentIntentId = :intent, o.paidAt = :at"));
        // When the dispute opened and closed are decided by the row's stored dispute, so a replayed
        // or reordered event never moves them. They are assigned before disputeId: MySQL evaluates
        // SET assignments left to right on the updated row, and must compare the old dispute id.
        transition.dispute().ifPresent(dispute -> jpql.append(", o.disputeOpenedAt = CASE WHEN o.disputeId = :dispute"
                        + " THEN o.disputeOpenedAt ELSE :at END")
                .append(dispute.closed()
                        ? ", o.disputeClosedAt = CASE WHEN o.disputeId = :dispute AND o.disputeClosedAt IS NOT NULL"
                                + " THEN o.disputeClosedAt ELSE :at END"
                        : ", o.disputeClosedAt = NULL")
                .append(", o.disputeId = :dispute, o.disputeStatus = :disputeStatus,"
                        + " o.disputeEvidenceDueBy = :dueBy, o.statusBeforeDispute = :before"));
        transition.refunded().ifPresent(refunded -> jpql.append(", o.amountRefunded = :refunded"));
        Query update = entityManager.createQuery(jpql.append(" WHERE o.id = :id AND o.status IN :from").toString())
                .setParameter("to", transition.to())
                .setParameter("at", transition.at())
                .setParameter("id", transition.order().value())
                .setParameter("from", transition.from());
        transition.problem().ifPresent(problem -> update.setParameter("problem", problem));
        transition.payment().ifPresent(payment -> update.setParameter("total", payment.amountTotal())
                .setParameter("fee", payment.applicationFee())
                .setParameter("intent", payment.paymentIntentId().orElse(null)));
        transition.dispute().ifPresent(dispute -> update.setParameter("dispute", dispute.disputeId())
                .setParameter("disputeStatus", dispute.disputeStatus())
                .setParameter("dueBy", dispute.evidenceDueBy().orElse(null))
                .setParameter("before", dispute.statusBeforeDispute().orElse(null)));
        transition.refunded().ifPresent(refunded -> update.setParameter("refunded", refunded));
        return update.executeUpdate() == 1;
    }

    @Override
    public boolean markRestocked(OrderId id, Instant now) {
        return entityManager.createQuery("UPDATE MarketplaceOrder o SET o.restocked = TRUE, o.updatedAt = :now"
                        + " WHERE o.id = :id AND o.restocked = FALSE")
                .setParameter("now", now)
                .setParameter("id", id.value())
                .executeUpdate() == 1;
    }

    @Override
    public boolean recordBuyerEmail(OrderId id, String email, Instant now) {
        return entityManager.createQuery("UPDATE MarketplaceOrder o SET o.buyerEmail = :email, o.updatedAt = :now"
                        + " WHERE o.id = :id AND o.buyerEmail IS NULL")
                .setParameter("email", email)
                .setParameter("now", now)
                .setParameter("id", id.value())
                .executeUpdate() == 1;
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
    public List<Order> ofBuyer(BuyerId buyer, String email, int limit) {
        return entityManager.createQuery("SELECT o FROM MarketplaceOrder o WHERE (o.buyerId = :buyer"
                        + " OR (o.buyerId IS NULL AND o.buyerEmail = :email)) AND o.status <> :expired ORDER BY o.id DESC", Order.class)
                .setParameter("buyer", buyer.value())
                .setParameter("email", email)
                .setParameter("expired", OrderStatus.EXPIRED)
                .setMaxResults(limit)
                .getResultList();
    }

    private static Optional<Order> single(TypedQuery<Order> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
