package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A refund owed to a buyer, written in the transaction that decided it (the outbox) and carried out
 * against Stripe after the commit. Its request key is the idempotency key of the Stripe call, so
 * however often the call is repeated (a retry, a crash, two instances) Stripe refunds once.
 *
 * <p>Lifecycle: PENDING (due at {@code next_attempt_at}; an executor leases it while it calls
 * Stripe) -> SUCCEEDED with Stripe's refund id, or FAILED when Stripe refuses it for good. Like
 * orders, it changes only by conditional UPDATEs in {@link OrderRepository}.
 */
@Entity
@Table(name = "order_refunds")
public class OrderRefund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "request_key", nullable = false, updatable = false, length = 36)
    private String requestKey;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RefundReason reason;

    @Column(nullable = false, updatable = false)
    private boolean restock;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RefundStatus status;

    @Column(name = "stripe_refund_id")
    private String stripeRefundId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrderRefund() {
        // for JPA
    }

    /** {@code dueAt}: when the outbox worker may send it; whoever wrote it may send it at once ({@code RefundOutbox#leaseNow}). */
    public static OrderRefund owed(OrderId order, long amount, RefundReason reason, boolean restock, String requestedBy, Instant now,
                                   Instant dueAt) {
        if (amount <= 0) {
            throw new IllegalArgumentException("A refund is of a positive amount, got " + amount);
        }
        OrderRefund refund = new OrderRefund();
        refund.orderId = order.value();
        refund.requestKey = UUID.randomUUID().toString();
        refund.amount = amount;
        refund.reason = reason;
        refund.restock = restock;
        refund.requestedBy = requestedBy;
        refund.status = RefundStatus.PENDING;
        refund.nextAttemptAt = dueAt;
        refund.createdAt = now;
        refund.updatedAt = now;
        return refund;
    }

    public long id() {
        return id;
    }

    public OrderId orderId() {
        return new OrderId(orderId);
    }

    public String requestKey() {
        return requestKey;
    }

    public long amount() {
        return amount;
    }

    public Money amountIn(Order order) {
        return Money.of(amount, order.currency().value());
    }

    public RefundReason reason() {
        return reason;
    }

    public boolean restock() {
        return restock;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public RefundStatus status() {
        return status;
    }

    public Optional<String> stripeRefundId() {
        return Optional.ofNullable(stripeRefundId);
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
