package com.marketplace.platform.fakes;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.domain.PurchaseRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Purchases and lines as maps; the orders of a purchase are read from the orders' fake, as the database joins them. */
public final class InMemoryPurchases implements PurchaseRepository {

    private final InMemoryOrders orders;
    private final Map<Long, Purchase> purchases = new TreeMap<>();
    private final List<OrderLine> lines = new ArrayList<>();
    private long nextId = 1;

    public InMemoryPurchases(InMemoryOrders orders) {
        this.orders = orders;
    }

    @Override
    public Purchase add(Purchase purchase) {
        Columns.set(purchase, "id", nextId++);
        purchases.put(purchase.id().value(), purchase);
        return purchase;
    }

    @Override
    public OrderLine addLine(OrderLine line) {
        lines.add(line);
        return line;
    }

    @Override
    public Optional<Purchase> find(PurchaseId id) {
        return Optional.ofNullable(purchases.get(id.value()));
    }

    @Override
    public Optional<Purchase> current(PurchaseId id) {
        return find(id);
    }

    @Override
    public Optional<Purchase> findBySession(String checkoutSessionId) {
        return purchases.values().stream().filter(p -> p.checkoutSessionId().filter(checkoutSessionId::equals).isPresent()).findFirst();
    }

    @Override
    public List<Order> ordersOf(PurchaseId id) {
        return orders.all().stream().filter(order -> order.purchaseId().equals(id)).sorted(Comparator.comparing(o -> o.id().value()))
                .toList();
    }

    @Override
    public List<OrderLine> linesOf(OrderId order) {
        return lines.stream().filter(line -> line.orderId().equals(order)).sorted(Comparator.comparingInt(OrderLine::position)).toList();
    }

    @Override
    public boolean attachSession(PurchaseId id, String sessionId, String url, Instant expiresAt, Instant now) {
        Purchase purchase = purchases.get(id.value());
        if (purchase == null || purchase.checkoutSessionId().isPresent()) {
            return false;
        }
        Columns.set(purchase, "checkoutSessionId", sessionId);
        Columns.set(purchase, "checkoutUrl", url);
        Columns.set(purchase, "sessionExpiresAt", expiresAt);
        return true;
    }

    @Override
    public boolean recordPayment(PurchaseId id, long amountTotal, Optional<String> paymentIntentId, Optional<String> chargeId, Instant now) {
        Purchase purchase = purchases.get(id.value());
        if (purchase == null || purchase.chargeId().isPresent() || purchase.paymentIntentId().isPresent()) {
            return false;
        }
        Columns.set(purchase, "amountTotal", amountTotal);
        Columns.set(purchase, "paymentIntentId", paymentIntentId.orElse(null));
        Columns.set(purchase, "chargeId", chargeId.orElse(null));
        return true;
    }

    @Override
    public List<PurchaseId> unsettledSince(Instant notSince, int limit) {
        return purchases.values().stream().filter(Purchase::isSeparateTransfers)
                .filter(p -> ordersOf(p.id()).stream().anyMatch(o -> OrderStatus.UNSETTLED.contains(o.status())))
                .map(Purchase::id).limit(limit).toList();
    }

    @Override
    public boolean markReconciled(PurchaseId id, Instant now) {
        return purchases.containsKey(id.value());
    }
}
