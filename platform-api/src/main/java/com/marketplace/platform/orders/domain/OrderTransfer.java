package com.marketplace.platform.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A seller's transfer of a paid share of a purchase across sellers (the transfer outbox). Written in
 * the transaction that confirms the payment, never before; sent after the commit under its own
 * idempotency key, so a crash between the payment and the transfer loses none and makes none twice.
 * Its status and Stripe's answers are written by conditional updates ({@link TransferOutbox}).
 */
@Entity
@Table(name = "order_transfers")
public class OrderTransfer {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "purchase_id", nullable = false, updatable = false)
    private long purchaseId;

    @Column(name = "request_key", nullable = false, updatable = false, length = 36)
    private String requestKey;

    @Column(name = "destination_account", nullable = false, updatable = false)
    private String destinationAccount;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "transfer_group", nullable = false, updatable = false)
    private String transferGroup;

    @Column(name = "source_charge", updatable = false)
    private String sourceCharge;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Status status;

    @Column(name = "stripe_transfer_id", updatable = false)
    private String stripeTransferId;

    @Column(name = "amount_reversed", nullable = false, updatable = false)
    private long amountReversed;

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

    protected OrderTransfer() {
        // for JPA
    }

    /**
     * The transfer a just-paid order of a purchase across sellers is owed: {@link Order#transferAmount}
     * to its seller's account, in the purchase's group, from its charge. Empty when nothing is owed.
     */
    public static Optional<OrderTransfer> owedFor(Order order, Optional<String> sourceCharge, Instant now) {
        long amount = order.transferAmount();
        if (amount <= 0) {
            return Optional.empty();
        }
        OrderTransfer transfer = new OrderTransfer();
        transfer.orderId = order.id().value();
        transfer.purchaseId = order.purchaseId().value();
        transfer.requestKey = UUID.randomUUID().toString();
        transfer.destinationAccount = order.routing().sellerAccountId();
        transfer.amount = amount;
        transfer.currency = order.currency().value();
        transfer.transferGroup = order.purchaseId().transferGroup();
        transfer.sourceCharge = sourceCharge.orElse(null);
        transfer.status = Status.PENDING;
        transfer.nextAttemptAt = now;
        transfer.createdAt = now;
        transfer.updatedAt = now;
        return Optional.of(transfer);
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

    /** The idempotency key of its creation at Stripe: one transfer per order, however often it is sent. */
    public String requestKey() {
        return requestKey;
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

    public String transferGroup() {
        return transferGroup;
    }

    public Optional<String> sourceCharge() {
        return Optional.ofNullable(sourceCharge);
    }

    public Status status() {
        return status;
    }

    public Optional<String> stripeTransferId() {
        return Optional.ofNullable(stripeTransferId);
    }

    public long amountReversed() {
        return amountReversed;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
