package com.marketplace.platform.orders.money;

import com.marketplace.platform.orders.domain.MoneyMovement;
import com.marketplace.platform.orders.domain.MoneyMovementOutbox;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.PurchaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outbox of movements as a list; one row per key, as the table's unique key keeps it. */
final class InMemoryMovements implements MoneyMovementOutbox {

    private final List<MoneyMovement> rows = new ArrayList<>();

    List<MoneyMovement> all() {
        return List.copyOf(rows);
    }

    @Override
    public boolean add(MoneyMovement movement) {
        if (byKey(movement.requestKey()).isPresent()) {
            return false;
        }
        Rows.set(movement, "id", (long) rows.size() + 1);
        rows.add(movement);
        return true;
    }

    @Override
    public Optional<MoneyMovement> find(long id) {
        return rows.stream().filter(row -> row.id() == id).findFirst();
    }

    @Override
    public Optional<MoneyMovement> byKey(String requestKey) {
        return rows.stream().filter(row -> row.requestKey().equals(requestKey)).findFirst();
    }

    @Override
    public List<MoneyMovement> ofPurchase(PurchaseId purchase) {
        return rows.stream().filter(row -> row.purchaseId().equals(purchase)).toList();
    }

    @Override
    public List<MoneyMovement> ofOrder(OrderId order) {
        return rows.stream().filter(row -> row.orderId().equals(order)).toList();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return rows.stream().filter(row -> row.status() == MoneyMovement.Status.PENDING).map(MoneyMovement::id).toList();
    }

    @Override
    public boolean lease(long id, Instant now, Instant leaseUntil) {
        // Due times are left out (the tests run in their own time), except the end of time: a row left for the admin.
        return find(id).filter(row -> row.status() == MoneyMovement.Status.PENDING || row.status() == MoneyMovement.Status.UNRECOVERED)
                .filter(row -> !row.nextAttemptAt().equals(Instant.MAX))
                .map(row -> Rows.set(row, "attempts", row.attempts() + 1)).isPresent();
    }

    @Override
    public boolean done(long id, String stripeObjectId, Optional<String> transferId, Instant now) {
        return move(id, MoneyMovement.Status.DONE);
    }

    @Override
    public boolean nothing(long id, String why, Instant now) {
        return move(id, MoneyMovement.Status.NOTHING);
    }

    @Override
    public boolean retryLater(long id, String error, Instant nextAttemptAt, Instant now) {
        return move(id, MoneyMovement.Status.PENDING);
    }

    @Override
    public boolean unrecovered(long id, String failure, String error, Optional<Instant> nextAttemptAt, Instant now) {
        return find(id).map(row -> Rows.set(Rows.set(row, "failure", failure), "nextAttemptAt", nextAttemptAt.orElse(Instant.MAX))).isPresent()
                && move(id, MoneyMovement.Status.UNRECOVERED);
    }

    private boolean move(long id, MoneyMovement.Status to) {
        return find(id).filter(row -> row.status() == MoneyMovement.Status.PENDING || row.status() == MoneyMovement.Status.UNRECOVERED)
                .map(row -> Rows.set(row, "status", to)).isPresent();
    }
}
