package com.marketplace.platform.orders.disputes;

import com.marketplace.platform.orders.payment.PaymentTransitions;
import com.marketplace.platform.orders.domain.DisputeMove;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.PaymentGateway.DisputeState;
import com.marketplace.platform.orders.notices.OrderNotices;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Records a dispute of an order's charge, whoever reports it (a charge.dispute.* event, or the
 * order being marked paid after the dispute was opened). The order decides the move on its row as
 * it is now, locked, so a refund recorded at the same moment cannot slip between the decision and
 * the update; repeating it with the same dispute changes nothing.
 */
// An EJB for the same reason as PaymentTransitions: the reconciler marks orders paid on a managed thread.
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DisputeSteps {

    private static final Logger LOG = Logger.getLogger(DisputeSteps.class.getName());

    @Inject
    OrderRepository orders;

    @Inject
    OrderNotices notices;

    public DisputeSteps() {
        // for the EJB container, which injects the fields
    }

    public DisputeSteps(OrderRepository orders, OrderNotices notices) {
        this.orders = orders;
        this.notices = notices;
    }

    /** Answers the move made, if the dispute changed anything on the order. */
    public Optional<DisputeMove> record(OrderId orderId, DisputeState dispute) {
        Instant now = Instant.now();
        Optional<DisputeMove> move = orders.currentForUpdate(orderId).flatMap(order -> {
            Optional<DisputeMove> decided = order.disputeMove(dispute);
            if (decided.isEmpty() && order.disputeId().filter(known -> !known.equals(dispute.disputeId())).isPresent()) {
                LOG.warning("Order " + orderId + " is already under dispute " + order.disputeId().get() + "; dispute "
                        + dispute.disputeId() + " (" + dispute.status() + ") is left for an admin");
            }
            // The seller's message goes with the move, in this transaction.
            return decided.filter(moved -> orders.apply(moved.transition(orderId, now)))
                    .map(moved -> {
                        notices.disputeMoved(order, moved, now);
                        return moved;
                    });
        });
        move.filter(DisputeMove::flags).ifPresent(flagged -> LOG.warning("Order " + orderId + " is disputed (" + flagged.disputeId()
                + ", " + flagged.disputeStatus() + ", evidence due by " + flagged.evidenceDueBy().map(Instant::toString).orElse("unknown")
                + "); it was " + flagged.from()));
        move.filter(DisputeMove::releases).ifPresent(released -> LOG.info("Order " + orderId + " won dispute " + released.disputeId()
                + " and is " + released.to() + " again"));
        return move;
    }
}
