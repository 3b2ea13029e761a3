package com.marketplace.platform.orders.money;

import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.TransferOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The transfers already made to sellers, as the transfer outbox holds them; only reads are used here. */
final class TransfersOnRecord implements TransferOutbox {

    private final List<OrderTransfer> rows = new ArrayList<>();

    @Override
    public boolean add(OrderTransfer transfer) {
        Rows.set(transfer, "id", (long) rows.size() + 1);
        return rows.add(transfer);
    }

    @Override
    public Optional<OrderTransfer> find(long transferId) {
        return rows.stream().filter(row -> row.id() == transferId).findFirst();
    }

    @Override
    public Optional<OrderTransfer> ofOrder(OrderId order) {
        return rows.stream().filter(row -> row.orderId().equals(order)).findFirst();
    }

    @Override
    public Optional<OrderTransfer> byStripeId(String stripeTransferId) {
        return rows.stream().filter(row -> row.stripeTransferId().filter(stripeTransferId::equals).isPresent()).findFirst();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        throw new UnsupportedOperationException("not sent here");
    }

    @Override
    public boolean lease(long transferId, Instant now, Instant leaseUntil) {
        throw new UnsupportedOperationException("not sent here");
    }

    @Override
    public boolean recordSource(long transferId, String chargeId, Instant now) {
        throw new UnsupportedOperationException("not sent here");
    }

    @Override
    public boolean sent(long transferId, String stripeTransferId, Instant now) {
        throw new UnsupportedOperationException("not sent here");
    }

    @Override
    public boolean retryLater(long transferId, String error, Instant nextAttemptAt, Instant now) {
        throw new UnsupportedOperationException("not sent here");
    }

    @Override
    public boolean failed(long transferId, String error, Instant now) {
        throw new UnsupportedOperationException("not sent here");
    }

    @Override
    public boolean recordStripe(OrderId order, String stripeTransferId, long amountReversed, Instant now) {
        throw new UnsupportedOperationException("not sent here");
    }
}
