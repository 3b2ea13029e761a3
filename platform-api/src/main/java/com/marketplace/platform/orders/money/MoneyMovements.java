package com.marketplace.platform.orders.money;

import com.marketplace.platform.orders.domain.MoneyMovement;
import com.marketplace.platform.orders.domain.MoneyMovementOutbox;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.domain.PurchaseRepository;
import com.marketplace.platform.orders.domain.TransferOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every movement of a purchase's money between the platform and its sellers, for the admin (the
 * API and the admin's purchase page call this): each seller's transfer, the reversals for refunds
 * and disputes, the transfers back after a won dispute, what the platform absorbed, and what could
 * not be recovered.
 */
@ApplicationScoped
public class MoneyMovements {

    private PurchaseRepository purchases;
    private TransferOutbox transfers;
    private MoneyMovementOutbox movements;

    protected MoneyMovements() {
        // for CDI proxies
    }

    @Inject
    public MoneyMovements(PurchaseRepository purchases, TransferOutbox transfers, MoneyMovementOutbox movements) {
        this.purchases = purchases;
        this.transfers = transfers;
        this.movements = movements;
    }

    /** Each seller's transfer (in the purchase's order), then the movements after them, oldest first. Refused as not found when there is no such purchase. */
    @Transactional
    public List<Movement> ofPurchase(PurchaseId purchase) {
        if (purchases.find(purchase).isEmpty()) {
            throw new OrderRefusal(OrderRefusal.Reason.PURCHASE_NOT_FOUND, "No purchase with id " + purchase);
        }
        List<Movement> all = new ArrayList<>();
        for (Order order : purchases.ordersOf(purchase)) {
            transfers.ofOrder(order.id()).map(MoneyMovements::of).ifPresent(all::add);
        }
        movements.ofPurchase(purchase).stream().map(MoneyMovements::of).forEach(all::add);
        return all;
    }

    private static Movement of(OrderTransfer transfer) {
        return new Movement(transfer.orderId().value(), Kind.TRANSFER, "PAYMENT", transfer.amount(), transfer.currency(),
                transfer.status().name(), transfer.stripeTransferId(), transfer.stripeTransferId(), transfer.destinationAccount(),
                Optional.empty(), Optional.empty(), transfer.attempts(), transfer.lastError(), Optional.empty(), false);
    }

    private static Movement of(MoneyMovement movement) {
        Kind kind = switch (movement.kind()) {
            case REVERSAL -> Kind.REVERSAL;
            case RETRANSFER -> Kind.RETRANSFER;
            case ABSORBED -> Kind.ABSORBED;
        };
        return new Movement(movement.orderId().value(), kind, movement.reason().name(), movement.amount(), movement.currency(),
                movement.status().name(), movement.stripeObjectId(), movement.stripeTransferId(), movement.destinationAccount(),
                movement.disputeId(), movement.failure(), movement.attempts(), movement.lastError(), Optional.of(movement.createdAt()),
                movement.status() == MoneyMovement.Status.UNRECOVERED);
    }

    public enum Kind { TRANSFER, REVERSAL, RETRANSFER, ABSORBED }

    /**
     * One movement. {@code reason}: PAYMENT (the first transfer), REFUND or DISPUTE; {@code status}:
     * the row's (PENDING, SENT/DONE, FAILED, UNRECOVERED, NOTHING); {@code stripeId}: the transfer or
     * reversal Stripe made; {@code unrecovered}: money the platform could not take back from the seller.
     */
    public record Movement(long orderId, Kind kind, String reason, long amount, String currency, String status,
                           Optional<String> stripeId, Optional<String> transferId, String destinationAccount,
                           Optional<String> disputeId, Optional<String> failure, int attempts, Optional<String> lastError,
                           Optional<Instant> createdAt, boolean unrecovered) {
    }
}
