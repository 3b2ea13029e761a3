package com.marketplace.platform.orders.domain;

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

/**
 * Money moved between the platform and a seller after their first transfer: a reversal of their
 * transfer (for a refund, or a lost dispute), the transfer back of what a won dispute reinstated, or
 * an amount the platform absorbs instead. Written in the transaction that decides it, sent after the
 * commit under its own idempotency key ({@link #requestKey}); its status and Stripe's answers are
 * conditional updates ({@link MoneyMovementOutbox}).
 */
@Entity
@Table(name = "transfer_reversals")
public class MoneyMovement {

    public enum Kind { REVERSAL, RETRANSFER, ABSORBED }

    public enum Reason { REFUND, DISPUTE }

    public enum Status { PENDING, DONE, UNRECOVERED, NOTHING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "purchase_id", nullable = false, updatable = false)
    private long purchaseId;

    @Column(name = "request_key", nullable = false, updatable = false)
    private String requestKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement", nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Reason reason;

    @Column(name = "refund_id", updatable = false)
    private Long refundId;

    @Column(name = "dispute_id", updatable = false)
    private String disputeId;

    @Column(name = "stripe_transfer_id", updatable = false)
    private String stripeTransferId;

    @Column(name = "destination_account", nullable = false, updatable = false)
    private String destinationAccount;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Status status;

    @Column(name = "stripe_object_id", updatable = false)
    private String stripeObjectId;

    @Column(updatable = false)
    private String failure;

    @Column(nullable = false, updatable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false, updatable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until", updatable = false)
    private Instant leaseUntil;

    @Column(name = "last_error", length = 500, updatable = false)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false, updatable = false)
    private Instant updatedAt;

    protected MoneyMovement() {
        // for JPA
    }

    /** A reversal of {@code order}'s transfer, owed for a refund ({@code refundId}) or a dispute. */
    public static MoneyMovement reversal(Order order, Reason reason, Optional<Long> refundId, Optional<String> disputeId,
                                         Optional<String> transferId, long amount, String requestKey, Instant now) {
        return of(order, Kind.REVERSAL, reason, refundId, disputeId, transferId, amount, requestKey, Status.PENDING, now);
    }

    /** What a won dispute reinstated, transferred back to the seller. */
    public static MoneyMovement retransfer(Order order, String disputeId, long amount, String requestKey, Instant now) {
        return of(order, Kind.RETRANSFER, Reason.DISPUTE, Optional.empty(), Optional.of(disputeId), Optional.empty(), amount, requestKey,
                Status.PENDING, now);
    }

    /** The platform bears the seller's share of a lost dispute itself (DISPUTE_RECOVERY=absorb): recorded, nothing sent. */
    public static MoneyMovement absorbed(Order order, String disputeId, long amount, String requestKey, Instant now) {
        return of(order, Kind.ABSORBED, Reason.DISPUTE, Optional.empty(), Optional.of(disputeId), Optional.empty(), amount, requestKey,
                Status.DONE, now);
    }

    private static MoneyMovement of(Order order, Kind kind, Reason reason, Optional<Long> refundId, Optional<String> disputeId,
                                    Optional<String> transferId, long amount, String requestKey, Status status, Instant now) {
        MoneyMovement movement = new MoneyMovement();
        movement.orderId = order.id().value();
        movement.purchaseId = order.purchaseId().value();
        movement.requestKey = requestKey;
        movement.kind = kind;
        movement.reason = reason;
        movement.refundId = refundId.orElse(null);
        movement.disputeId = disputeId.orElse(null);
        movement.stripeTransferId = transferId.orElse(null);
        movement.destinationAccount = order.routing().sellerAccountId();
        movement.amount = amount;
        movement.currency = order.currency().value();
        movement.status = status;
        movement.nextAttemptAt = now;
        movement.createdAt = now;
        movement.updatedAt = now;
        return movement;
    }

    public long id() {
        return id;
    }

    public OrderId orderId() {
        return new OrderId(orderId);
    }

    public PurchaseId purchaseId() {
        return new PurchaseId(purchaseId);
    }

    public String requestKey() {
        return requestKey;
    }

    public Kind kind() {
        return kind;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<Long> refundId() {
        return Optional.ofNullable(refundId);
    }

    public Optional<String> disputeId() {
        return Optional.ofNullable(disputeId);
    }

    public Optional<String> stripeTransferId() {
        return Optional.ofNullable(stripeTransferId);
    }

    public String destinationAccount() {
        return destinationAccount;
    }

    public long amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Status status() {
        return status;
    }

    public Optional<String> stripeObjectId() {
        return Optional.ofNullable(stripeObjectId);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
