package com.marketplace.platform.fakes;

import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.TransferOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The transfer outbox as a list, one row per order as the unique key makes it. */
public final class InMemoryTransferOutbox implements TransferOutbox {

    private final List<OrderTransfer> transfers = new ArrayList<>();
    private long nextId = 1;

    public List<OrderTransfer> all() {
        return List.copyOf(transfers);
    }

    @Override
    public boolean add(OrderTransfer transfer) {
        if (ofOrder(transfer.orderId()).isPresent()) {
            return false;
        }
        Columns.set(transfer, "id", nextId++);
        transfers.add(transfer);
        return true;
    }

    @Override
    public Optional<OrderTransfer> find(long transferId) {
        return transfers.stream().filter(t -> t.id() == transferId).findFirst();
    }

    @Override
    public Optional<OrderTransfer> ofOrder(OrderId order) {
        return transfers.stream().filter(t -> t.orderId().equals(order)).findFirst();
    }

    @Override
    public Optional<OrderTransfer> byStripeId(String stripeTransferId) {
        return transfers.stream().filter(t -> t.stripeTransferId().filter(stripeTransferId::equals).isPresent()).findFirst();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return transfers.stream().filter(t -> t.status() == OrderTransfer.Status.PENDING).map(OrderTransfer::id).limit(limit).toList();
    }

    @Override
    public boolean lease(long transferId, Instant now, Instant leaseUntil) {
        return find(transferId).filter(t -> t.status() == OrderTransfer.Status.PENDING).isPresent();
    }

    @Override
    public boolean recordSource(long transferId, String chargeId, Instant now) {
        return find(transferId).filter(t -> t.sourceCharge().isEmpty()).map(t -> Columns.set(t, "sourceCharge", chargeId)).isPresent();
    }

    @Override
    public boolean sent(long transferId, String stripeTransferId, Instant now) {
        return find(transferId).filter(t -> t.status() == OrderTransfer.Status.PENDING)
                .map(t -> Columns.set(Columns.set(t, "status", OrderTransfer.Status.SENT), "stripeTransferId", stripeTransferId))
                .isPresent();
    }

    @Override
    public boolean retryLater(long transferId, String error, Instant nextAttemptAt, Instant now) {
        return find(transferId).filter(t -> t.status() == OrderTransfer.Status.PENDING).map(t -> Columns.set(t, "lastError", error))
                .isPresent();
    }

    @Override
    public boolean failed(long transferId, String error, Instant now) {
        return find(transferId).filter(t -> t.status() == OrderTransfer.Status.PENDING)
                .map(t -> Columns.set(Columns.set(t, "status", OrderTransfer.Status.FAILED), "lastError", error)).isPresent();
    }

    @Override
    public boolean recordStripe(OrderId order, String stripeTransferId, long amountReversed, Instant now) {
        return ofOrder(order).filter(t -> t.status() != OrderTransfer.Status.FAILED && amountReversed <= t.amount())
                .filter(t -> t.stripeTransferId().map(stripeTransferId::equals).orElse(true))
                .map(t -> Columns.set(Columns.set(Columns.set(t, "stripeTransferId", stripeTransferId), "status", OrderTransfer.Status.SENT),
                        "amountReversed", Math.max(t.amountReversed(), amountReversed)))
                .isPresent();
    }
}
