package com.marketplace.platform.orders.transfers;

import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.PurchaseRepository;
import com.marketplace.platform.orders.domain.TransferOutbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The short transactions around a transfer's Stripe call (lease before, outcome after) and the recording of Stripe's view of it. */
// An EJB for the same reason as PaymentTransitions: the outbox worker runs on a managed thread.
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class TransferSteps {

    @Inject
    TransferOutbox transfers;

    @Inject
    PurchaseRepository purchases;

    public TransferSteps() {
        // for the EJB container, which injects the fields
    }

    public TransferSteps(TransferOutbox transfers, PurchaseRepository purchases) {
        this.transfers = transfers;
        this.purchases = purchases;
    }

    public List<Long> due(int limit) {
        return transfers.due(Instant.now(), limit);
    }

    /** The transfer, if this caller now holds its lease. */
    public Optional<OrderTransfer> lease(long transferId, Instant leaseUntil) {
        return transfers.lease(transferId, Instant.now(), leaseUntil) ? transfers.find(transferId) : Optional.empty();
    }

    /** The charge of the transfer's purchase, as the confirmation stored it. */
    public Optional<String> purchaseCharge(OrderTransfer transfer) {
        return purchases.current(transfer.purchaseId()).flatMap(purchase -> purchase.chargeId());
    }

    /** The purchase's payment intent, to read its charge from when the confirmation could not. */
    public Optional<String> purchasePaymentIntent(OrderTransfer transfer) {
        return purchases.current(transfer.purchaseId()).flatMap(purchase -> purchase.paymentIntentId());
    }

    public boolean recordSource(long transferId, String chargeId) {
        return transfers.recordSource(transferId, chargeId, Instant.now());
    }

    public boolean sent(long transferId, String stripeTransferId) {
        return transfers.sent(transferId, stripeTransferId, Instant.now());
    }

    public boolean retryLater(long transferId, String error, Instant nextAttemptAt) {
        return transfers.retryLater(transferId, error, nextAttemptAt, Instant.now());
    }

    public boolean failed(long transferId, String error) {
        return transfers.failed(transferId, error, Instant.now());
    }

    /** Stripe's view of an order's transfer (re-fetched): its id and how much of it was reversed (only ever upwards). */
    public boolean record(OrderId order, String stripeTransferId, long amountReversed) {
        return transfers.recordStripe(order, stripeTransferId, amountReversed, Instant.now());
    }

    public Optional<OrderTransfer> ofOrder(OrderId order) {
        return transfers.ofOrder(order);
    }
}
