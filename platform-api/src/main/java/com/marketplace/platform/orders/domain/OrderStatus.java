package com.marketplace.platform.orders.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an order is in its life. Every move is one conditional UPDATE naming the states it may
 * leave ({@link #leavableFor}), so of two paths racing to the same move only one changes a row,
 * and only that one runs the move's side effects.
 *
 * <pre>
 * PENDING ──► AWAITING_PAYMENT ──► PAYMENT_FAILED
 *    │  └──────────┴──► EXPIRED (never paid)
 *    └─────────────┴──► PAID ──► PARTIALLY_REFUNDED ──► REFUNDED
 *                         │  └──────────────────────────► REFUNDED
 *                         └──► PAID_OUT_OF_STOCK ──► REFUNDED
 *
 * PAID, PARTIALLY_REFUNDED, REFUNDED, PAID_OUT_OF_STOCK ──► DISPUTED ──(won)──► the state it left,
 *                                                       moved on by the refunds recorded meanwhile
 * </pre>
 * PAID_OUT_OF_STOCK is entered from PAID inside the confirmation's own transaction (the order is
 * claimed first, then the stock is found short), so no other reader ever sees that PAID. A lost
 * dispute leaves the order DISPUTED: the buyer's bank took the money back.
 */
public enum OrderStatus {
    PENDING, AWAITING_PAYMENT, PAID, PAYMENT_FAILED, EXPIRED, PAID_OUT_OF_STOCK, REFUNDED, PARTIALLY_REFUNDED, DISPUTED;

    /** Not yet settled: the confirmation service (and the reconciler) may still move these. */
    public static final Set<OrderStatus> UNSETTLED = EnumSet.of(PENDING, AWAITING_PAYMENT);

    /** States a refund someone asks for may start from: money was taken and is not under dispute. */
    public static final Set<OrderStatus> REFUNDABLE = EnumSet.of(PAID, PARTIALLY_REFUNDED);

    /** States whose refunds Stripe reports (charge.refunded) may move on. */
    public static final Set<OrderStatus> REFUND_RECORDING = EnumSet.of(PAID, PARTIALLY_REFUNDED, PAID_OUT_OF_STOCK);

    /** States a dispute may be opened from: every state in which the buyer's money was taken. */
    public static final Set<OrderStatus> DISPUTABLE = EnumSet.of(PAID, PARTIALLY_REFUNDED, REFUNDED, PAID_OUT_OF_STOCK);

    /**
     * The state a paid order is in once {@code refunded} of its {@code total} has gone back to the
     * buyer: a partial refund makes a paid order PARTIALLY_REFUNDED, a full one REFUNDED; an order
     * paid out of stock stays so until it is fully refunded. Other states do not move by refunds.
     */
    public OrderStatus withRefunded(long refunded, long total) {
        boolean full = refunded > 0 && refunded >= total;
        return switch (this) {
            case PAID, PARTIALLY_REFUNDED -> full ? REFUNDED : refunded > 0 ? PARTIALLY_REFUNDED : this;
            case PAID_OUT_OF_STOCK -> full ? REFUNDED : PAID_OUT_OF_STOCK;
            default -> this;
        };
    }

    /**
     * Where a won dispute puts an order back: the state it had before the dispute, moved on by the
     * refunds recorded meanwhile. Without a known state before (disputed before it was kept) it is
     * what its refunds make a paid order.
     */
    public static OrderStatus afterWonDispute(Optional<OrderStatus> before, long refunded, long total) {
        return before.filter(DISPUTABLE::contains).orElse(PAID).withRefunded(refunded, total);
    }

    /** The states an order may be in for a move to {@code target}; empty for a state nothing moves to. */
    public static Set<OrderStatus> leavableFor(OrderStatus target) {
        return switch (target) {
            case AWAITING_PAYMENT -> EnumSet.of(PENDING);
            case PAID, PAYMENT_FAILED, EXPIRED -> UNSETTLED;
            case PAID_OUT_OF_STOCK -> EnumSet.of(PAID);
            case PARTIALLY_REFUNDED, REFUNDED -> REFUND_RECORDING;
            case DISPUTED -> DISPUTABLE;
            case PENDING -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
