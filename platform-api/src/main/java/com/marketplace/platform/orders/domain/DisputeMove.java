package com.marketplace.platform.orders.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

/**
 * One move a dispute makes on an order ({@link Order#disputeMove}): from the state the order was
 * seen in to {@code to}, with the dispute's fields as Stripe reports them. The repository applies it
 * as one conditional UPDATE naming {@code from}.
 *
 * @param statusBeforeDispute the state a won dispute puts the order back to (adjusted for refunds)
 */
public record DisputeMove(OrderStatus from, OrderStatus to, String disputeId, String disputeStatus, Optional<Instant> evidenceDueBy,
                          Optional<OrderStatus> statusBeforeDispute) {

    public DisputeMove {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(disputeStatus, "disputeStatus");
        Objects.requireNonNull(evidenceDueBy, "evidenceDueBy");
        Objects.requireNonNull(statusBeforeDispute, "statusBeforeDispute");
    }

    /** The move as the repository applies it: only from the state it was decided on. */
    public OrderTransition transition(OrderId order, Instant now) {
        return OrderTransition.move(order, EnumSet.of(from), to, now)
                .withDispute(new OrderTransition.Dispute(disputeId, disputeStatus, evidenceDueBy, statusBeforeDispute));
    }

    /** The order becomes DISPUTED by this move. */
    public boolean flags() {
        return to == OrderStatus.DISPUTED && from != OrderStatus.DISPUTED;
    }

    /** A won dispute gives the order back the state it had. */
    public boolean releases() {
        return from == OrderStatus.DISPUTED && to != OrderStatus.DISPUTED;
    }
}
