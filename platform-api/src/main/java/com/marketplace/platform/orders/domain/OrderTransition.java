package com.marketplace.platform.orders.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One move of an order, as {@link Order} decided it: the states the order may be in for the move
 * to happen ({@code from}), the state it ends in ({@code to}) and the fields the move sets.
 * {@link OrderRepository#apply} writes it as one conditional UPDATE naming {@code from}: of two paths
 * racing for the same move only one changes the row, and only that one runs the move's side effects.
 *
 * @param problem   replaces the order's problem when present (an absent one keeps the old)
 * @param payment   what Stripe charged, set when the order is marked paid ({@code paid_at} is {@code at})
 * @param dispute   the dispute's fields as Stripe reports them
 * @param refunded  the refunded amount to store
 */
public record OrderTransition(OrderId order, Set<OrderStatus> from, OrderStatus to, Instant at, Optional<String> problem,
                              Optional<Payment> payment, Optional<Dispute> dispute, OptionalLong refunded) {

    public OrderTransition {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(dispute, "dispute");
        Objects.requireNonNull(refunded, "refunded");
        if (from.isEmpty()) {
            throw new IllegalArgumentException("A move to " + to + " must name the states it may leave");
        }
        from = Collections.unmodifiableSet(EnumSet.copyOf(from));
    }

    /** A move that changes the status and nothing else. */
    static OrderTransition move(OrderId order, Set<OrderStatus> from, OrderStatus to, Instant at) {
        return new OrderTransition(order, from, to, at, Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty());
    }

    OrderTransition withProblem(String text) {
        return new OrderTransition(order, from, to, at, Optional.of(text), payment, dispute, refunded);
    }

    OrderTransition withPayment(Payment paid) {
        return new OrderTransition(order, from, to, at, problem, Optional.of(paid), dispute, refunded);
    }

    OrderTransition withDispute(Dispute fields) {
        return new OrderTransition(order, from, to, at, problem, payment, Optional.of(fields), refunded);
    }

    OrderTransition withRefunded(long amount) {
        return new OrderTransition(order, from, to, at, problem, payment, dispute, OptionalLong.of(amount));
    }

    /** What Stripe charged: the total (0 for a free order), the fee taken on it, the payment intent (none when nothing was charged). */
    public record Payment(long amountTotal, long applicationFee, Optional<String> paymentIntentId) {

        public Payment {
            Objects.requireNonNull(paymentIntentId, "paymentIntentId");
        }
    }

    /** A dispute's fields on the order, and the state a won dispute gives back. */
    public record Dispute(String disputeId, String disputeStatus, Optional<Instant> evidenceDueBy, Optional<OrderStatus> statusBeforeDispute) {

        public Dispute {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(disputeStatus, "disputeStatus");
            Objects.requireNonNull(evidenceDueBy, "evidenceDueBy");
            Objects.requireNonNull(statusBeforeDispute, "statusBeforeDispute");
        }

        /** The dispute is over (won, lost or warning_closed): the move records when it closed, once. */
        public boolean closed() {
            return PaymentGateway.DisputeState.isClosed(disputeStatus);
        }
    }
}
