package com.marketplace.platform.fakes;

import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.orders.domain.RefundStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The refund outbox as a map; leases are taken as the database's conditional updates take them. */
public final class InMemoryRefundOutbox implements RefundOutbox {

    private final Map<Long, OrderRefund> refunds = new TreeMap<>();
    private long nextId = 1;

    public List<OrderRefund> all() {
        return List.copyOf(refunds.values());
    }

    @Override
    public OrderRefund add(OrderRefund refund) {
        Columns.set(refund, "id", nextId++);
        refunds.put(refund.id(), refund);
        return refund;
    }

    @Override
    public Optional<OrderRefund> find(long refundId) {
        return Optional.ofNullable(refunds.get(refundId));
    }

    @Override
    public List<OrderRefund> of(OrderId order) {
        return refunds.values().stream().filter(refund -> refund.orderId().equals(order)).toList();
    }

    @Override
    public long amountPromised(OrderId order) {
        return of(order).stream().filter(refund -> refund.status() != RefundStatus.FAILED).mapToLong(OrderRefund::amount).sum();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return refunds.values().stream().filter(refund -> refund.status() == RefundStatus.PENDING).map(OrderRefund::id).limit(limit).toList();
    }

    @Override
    public boolean lease(long refundId, Instant now, Instant leaseUntil) {
        return leaseNow(refundId, now, leaseUntil);
    }

    @Override
    public boolean leaseNow(long refundId, Instant now, Instant leaseUntil) {
        OrderRefund refund = refunds.get(refundId);
        if (refund == null || refund.status() != RefundStatus.PENDING) {
            return false;
        }
        Columns.set(refund, "leaseUntil", leaseUntil);
        Columns.set(refund, "attempts", refund.attempts() + 1);
        return true;
    }

    @Override
    public boolean succeeded(long refundId, String stripeRefundId, Instant now) {
        return settle(refundId, RefundStatus.SUCCEEDED, null).map(refund -> Columns.set(refund, "stripeRefundId", stripeRefundId)).isPresent();
    }

    @Override
    public boolean retryLater(long refundId, String error, Instant nextAttemptAt, Instant now) {
        return settle(refundId, RefundStatus.PENDING, error).map(refund -> Columns.set(refund, "nextAttemptAt", nextAttemptAt)).isPresent();
    }

    @Override
    public boolean failed(long refundId, String error, Instant now) {
        return settle(refundId, RefundStatus.FAILED, error).isPresent();
    }

    private Optional<OrderRefund> settle(long refundId, RefundStatus status, String error) {
        return Optional.ofNullable(refunds.get(refundId)).filter(refund -> refund.status() == RefundStatus.PENDING).map(refund -> {
            Columns.set(refund, "status", status);
            Columns.set(refund, "lastError", error);
            Columns.set(refund, "leaseUntil", null);
            return refund;
        });
    }
}
