package com.marketplace.platform.fakes;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.paging.ListOrder;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.OrderTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Orders as a map, with the conditional updates applied as the database would: a transition
 * changes an order only from one of the states it names. Every copy handed out is the stored object,
 * as a persistence context that refreshes it would.
 */
public final class InMemoryOrders implements OrderRepository {

    private final Map<Long, Order> orders = new TreeMap<>();
    private final List<OrderTransition> applied = new ArrayList<>();
    private long nextId = 1;

    /** Every order stored, by id. */
    public List<Order> all() {
        return List.copyOf(orders.values());
    }

    /** The transitions that changed an order, in order. */
    public List<OrderTransition> applied() {
        return List.copyOf(applied);
    }

    @Override
    public Order add(Order order) {
        Columns.set(order, "id", nextId++);
        orders.put(order.id().value(), order);
        return order;
    }

    /** Stores an order built elsewhere (a test's order in some state) under its own id. */
    public Order store(Order order) {
        orders.put(order.id().value(), order);
        nextId = Math.max(nextId, order.id().value() + 1);
        return order;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return Optional.ofNullable(orders.get(id.value()));
    }

    @Override
    public Optional<Order> current(OrderId id) {
        return find(id);
    }

    @Override
    public Optional<Order> findForUpdate(OrderId id) {
        return find(id);
    }

    @Override
    public Optional<Order> findBySession(String checkoutSessionId) {
        return orders.values().stream().filter(order -> order.checkoutSessionId().filter(checkoutSessionId::equals).isPresent()).findFirst();
    }

    @Override
    public Optional<Order> findByPaymentIntent(String paymentIntentId) {
        return orders.values().stream().filter(order -> order.paymentIntentId().filter(paymentIntentId::equals).isPresent()).findFirst();
    }

    @Override
    public Page<Order> list(Optional<SellerId> seller, Optional<OrderStatus> status, PageRequest page) {
        return page.page(orders.values().stream()
                .filter(order -> seller.map(order.sellerId()::equals).orElse(true))
                .filter(order -> status.map(order.status()::equals).orElse(true))
                .filter(order -> page.startingAfter().map(after -> order.id().value() < after).orElse(true))
                .filter(order -> page.endingBefore().map(before -> order.id().value() > before).orElse(true))
                .sorted(page.readsAscending(ListOrder.NEWEST_FIRST) ? Comparator.comparing((Order order) -> order.id().value())
                        : Comparator.comparing((Order order) -> order.id().value()).reversed())
                .skip(page.offset()).limit(page.fetchSize()).toList());
    }

    @Override
    public List<Order> unsettledSince(Instant notSince, int limit) {
        return orders.values().stream().filter(order -> !order.isSettled() && order.updatedAt().isBefore(notSince)).limit(limit).toList();
    }

    @Override
    public boolean attachSession(OrderId id, String sessionId, String url, Instant expiresAt, Instant now) {
        Order order = orders.get(id.value());
        if (order == null || order.checkoutSessionId().isPresent()) {
            return false;
        }
        Columns.set(order, "checkoutSessionId", sessionId);
        Columns.set(order, "checkoutUrl", url);
        Columns.set(order, "sessionExpiresAt", expiresAt);
        Columns.set(order, "updatedAt", now);
        return true;
    }

    @Override
    public boolean markReconciled(OrderId id, Instant now) {
        return find(id).map(order -> Columns.set(order, "reconciledAt", now)).isPresent();
    }

    @Override
    public boolean apply(OrderTransition transition) {
        Order order = orders.get(transition.order().value());
        if (order == null || !transition.from().contains(order.status())) {
            return false;
        }
        Columns.set(order, "status", transition.to());
        Columns.set(order, "updatedAt", transition.at());
        transition.problem().ifPresent(problem -> Columns.set(order, "problem", problem));
        transition.payment().ifPresent(payment -> {
            Columns.set(order, "amountTotal", payment.amountTotal());
            Columns.set(order, "applicationFeeAmount", payment.applicationFee());
            Columns.set(order, "paymentIntentId", payment.paymentIntentId().orElse(null));
            Columns.set(order, "paidAt", transition.at());
        });
        transition.dispute().ifPresent(dispute -> {
            boolean same = dispute.disputeId().equals(order.disputeId().orElse(null));
            Instant opened = (Instant) Columns.get(order, "disputeOpenedAt");
            Instant closed = (Instant) Columns.get(order, "disputeClosedAt");
            Columns.set(order, "disputeOpenedAt", same ? opened : transition.at());
            Columns.set(order, "disputeClosedAt", !dispute.closed() ? null : same && closed != null ? closed : transition.at());
            Columns.set(order, "disputeId", dispute.disputeId());
            Columns.set(order, "disputeStatus", dispute.disputeStatus());
            Columns.set(order, "disputeEvidenceDueBy", dispute.evidenceDueBy().orElse(null));
            Columns.set(order, "statusBeforeDispute", dispute.statusBeforeDispute().orElse(null));
        });
        transition.refunded().ifPresent(refunded -> Columns.set(order, "amountRefunded", refunded));
        applied.add(transition);
        return true;
    }

    @Override
    public boolean markRestocked(OrderId id, Instant now) {
        Order order = orders.get(id.value());
        if (order == null || order.isRestocked()) {
            return false;
        }
        Columns.set(order, "restocked", true);
        return true;
    }

    @Override
    public boolean recordBuyerEmail(OrderId id, String email, Instant now) {
        Order order = orders.get(id.value());
        if (order == null || order.buyerEmail().isPresent()) {
            return false;
        }
        Columns.set(order, "buyerEmail", email);
        return true;
    }

    @Override
    public Optional<Order> currentForUpdate(OrderId id) {
        return find(id);
    }

    @Override
    public List<Order> ofBuyer(BuyerId buyer, String email, int limit) {
        return orders.values().stream()
                .filter(order -> order.buyerId().map(buyer::equals)
                        .orElseGet(() -> order.buyerEmail().filter(email::equals).isPresent()))
                .filter(order -> order.status() != OrderStatus.EXPIRED)
                .sorted(Comparator.comparing((Order order) -> order.id().value()).reversed())
                .limit(limit).toList();
    }
}
