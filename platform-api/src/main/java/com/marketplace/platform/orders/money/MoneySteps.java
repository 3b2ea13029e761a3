package com.marketplace.platform.orders.money;

import com.marketplace.platform.orders.domain.MoneyGateway.DisputeFunds;
import com.marketplace.platform.orders.domain.MoneyMovement;
import com.marketplace.platform.orders.domain.MoneyMovementOutbox;
import com.marketplace.platform.orders.domain.MoneyShares;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.orders.domain.RefundStatus;
import com.marketplace.platform.orders.domain.TransferOutbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The decisions and short transactions of the movements after a payment: what a refund or a
 * dispute owes back (written as outbox rows in the caller's transaction: the refund's record, the
 * dispute event's), the lease before a movement is sent and its outcome after.
 */
// An EJB like RefundSteps: the outbox worker runs on a managed thread.
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MoneySteps {

    @Inject
    MoneyMovementOutbox movements;

    @Inject
    TransferOutbox transfers;

    @Inject
    RefundOutbox refunds;

    public MoneySteps() {
        // for the EJB container, which injects the fields
    }

    public MoneySteps(MoneyMovementOutbox movements, TransferOutbox transfers, RefundOutbox refunds) {
        this.movements = movements;
        this.transfers = transfers;
        this.refunds = refunds;
    }

    /**
     * A refund of a seller's share of a purchase across sellers just went through: the reversal of
     * their transfer it owes, {@code R - round_half_up(R * fee / paid)}, or all that is left of the
     * transfer when nothing is left of the order. Nothing when the order was never transferred (out
     * of stock, or the transfer was refused) or is not such a share.
     */
    public Optional<MoneyMovement> owedForRefund(OrderRefund refund, Order order) {
        if (!order.isSeparateTransfer()) {
            return Optional.empty();
        }
        Optional<OrderTransfer> transfer = transfers.ofOrder(order.id()).filter(found -> found.status() != OrderTransfer.Status.FAILED);
        if (transfer.isEmpty()) {
            return Optional.empty();
        }
        long paid = order.expectedTotal().minorUnits();
        long refunded = refunds.of(order.id()).stream()
                .filter(done -> done.status() == RefundStatus.SUCCEEDED || done.id() == refund.id())
                .mapToLong(OrderRefund::amount).sum();
        long amount = MoneyShares.refundReversal(refund.amount(), order.applicationFee().minorUnits(), paid, refunded >= paid,
                transferLeft(transfer.get()));
        if (amount <= 0) {
            return Optional.empty();
        }
        MoneyMovement reversal = MoneyMovement.reversal(order, MoneyMovement.Reason.REFUND, Optional.of(refund.id()), Optional.empty(),
                transfer.get().stripeTransferId(), amount, "refund-" + refund.requestKey(), Instant.now());
        return movements.add(reversal) ? Optional.of(reversal) : Optional.empty();
    }

    /**
     * A dispute took its funds from the platform ({@code charge.dispute.funds_withdrawn}): each
     * seller's disputed share ({@link MoneyShares}) is reversed of their transfer, or recorded as
     * absorbed by the platform. {@code orders}: every order of the charge, in order;
     * {@code transferLeft}: per order, what is left of its transfer to reverse (0: none).
     * {@code transferIds}: the Stripe transfer of each order when known. A decision taken twice is one row per order.
     */
    public int recoverDispute(List<Order> orders, List<Long> transferLeft, List<Optional<String>> transferIds, DisputeFunds dispute,
                              MoneySettings.DisputeRecovery policy) {
        List<Long> shares = MoneyShares.proportional(dispute.amount(), orders.stream().map(MoneySteps::paid).toList());
        int written = 0;
        Instant now = Instant.now();
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            long owed = MoneyShares.disputedShare(shares.get(i), order.refunded().minorUnits(), transferLeft.get(i));
            if (owed <= 0) {
                continue;
            }
            String key = "dispute-" + dispute.disputeId() + "-order-" + order.id();
            MoneyMovement movement = policy == MoneySettings.DisputeRecovery.ABSORB
                    ? MoneyMovement.absorbed(order, dispute.disputeId(), owed, key, now)
                    : MoneyMovement.reversal(order, MoneyMovement.Reason.DISPUTE, Optional.empty(), Optional.of(dispute.disputeId()),
                    transferIds.get(i), owed, key, now);
            if (movements.add(movement)) {
                written++;
            }
        }
        return written;
    }

    /**
     * A won dispute gave the platform its funds back ({@code charge.dispute.funds_reinstated}): what
     * was reversed of each seller for it is transferred back to them, once per order and dispute.
     * Reversals that are still owed are not sent any more (nothing was taken, nothing to give back).
     */
    public int returnDispute(List<Order> orders, DisputeFunds dispute) {
        int written = 0;
        Instant now = Instant.now();
        for (Order order : orders) {
            Optional<MoneyMovement> reversal = movements.byKey("dispute-" + dispute.disputeId() + "-order-" + order.id())
                    .filter(found -> found.kind() == MoneyMovement.Kind.REVERSAL);
            if (reversal.isEmpty()) {
                continue;
            }
            if (reversal.get().status() != MoneyMovement.Status.DONE) {
                movements.nothing(reversal.get().id(), "The dispute was won before the reversal was made", now);
                continue;
            }
            MoneyMovement back = MoneyMovement.retransfer(order, dispute.disputeId(), reversal.get().amount(),
                    "reinstate-" + dispute.disputeId() + "-order-" + order.id(), now);
            if (movements.add(back)) {
                written++;
            }
        }
        return written;
    }

    /** What is left to reverse of a transfer: its amount less the most known reversed (by Stripe, or owed here). */
    public long transferLeft(OrderTransfer transfer) {
        long owedHere = movements.ofOrder(transfer.orderId()).stream()
                .filter(movement -> movement.kind() == MoneyMovement.Kind.REVERSAL && movement.status() != MoneyMovement.Status.NOTHING)
                .mapToLong(MoneyMovement::amount).sum();
        return Math.max(0, transfer.amount() - Math.max(owedHere, transfer.amountReversed()));
    }

    public Optional<OrderTransfer> transferOf(Order order) {
        return transfers.ofOrder(order.id());
    }

    /** Reversals owed for a Destination charge's automatic transfer so far, for its cap. */
    public long reversedOf(Order order) {
        return movements.ofOrder(order.id()).stream()
                .filter(movement -> movement.kind() == MoneyMovement.Kind.REVERSAL && movement.status() != MoneyMovement.Status.NOTHING)
                .mapToLong(MoneyMovement::amount).sum();
    }

    public List<Long> due(int limit) {
        return movements.due(Instant.now(), limit);
    }

    /** The movement and its order's transfer, if this caller now holds the movement's lease. */
    public Optional<Leased> lease(long id, Instant leaseUntil) {
        if (!movements.lease(id, Instant.now(), leaseUntil)) {
            return Optional.empty();
        }
        MoneyMovement movement = movements.find(id).orElseThrow();
        return Optional.of(new Leased(movement, transfers.ofOrder(movement.orderId())));
    }

    public boolean done(long id, String stripeObjectId, Optional<String> transferId) {
        return movements.done(id, stripeObjectId, transferId, Instant.now());
    }

    public boolean nothing(long id, String why) {
        return movements.nothing(id, why, Instant.now());
    }

    public boolean retryLater(long id, String error, Instant next) {
        return movements.retryLater(id, error, next, Instant.now());
    }

    public boolean unrecovered(long id, String failure, String error, Optional<Instant> next) {
        return movements.unrecovered(id, failure, error, next, Instant.now());
    }

    // What the buyer paid for the order: its share of the charge, the basis of its share of a dispute.
    private static long paid(Order order) {
        return order.isSeparateTransfer() ? order.expectedTotal().minorUnits() : order.total().minorUnits();
    }

    public record Leased(MoneyMovement movement, Optional<OrderTransfer> transfer) {
    }
}
