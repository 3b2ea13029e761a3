package com.marketplace.platform.orders.transfers;

import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.PurchaseGateway;
import com.marketplace.platform.orders.domain.PurchaseGateway.TransferState;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code transfer.created} and {@code transfer.reversed} (platform endpoint): the transfer is
 * re-fetched and recorded on its order's outbox row (Stripe's id, the amount reversed so far). The
 * order is the one the platform wrote in the transfer's metadata, and only if the row it owes agrees
 * on destination and amount; a transfer the platform did not make is nothing to record. Re-reading
 * makes duplicates and any order of arrival harmless: the reversed amount only goes up.
 */
@ApplicationScoped
public class TransferEventHandlers {

    private static final Logger LOG = Logger.getLogger(TransferEventHandlers.class.getName());

    private PurchaseGateway stripe;
    private TransferSteps steps;

    protected TransferEventHandlers() {
        // for CDI proxies
    }

    @Inject
    public TransferEventHandlers(PurchaseGateway stripe, TransferSteps steps) {
        this.stripe = stripe;
        this.steps = steps;
    }

    void onCreated(@Observes @StripeEventType("transfer.created") StripeEventReceived event) {
        record(event);
    }

    void onReversed(@Observes @StripeEventType("transfer.reversed") StripeEventReceived event) {
        record(event);
    }

    private void record(StripeEventReceived event) {
        if (event.connectedAccount().isPresent()) {
            return; // the platform's transfers are reported to the platform endpoint
        }
        event.objectId().filter(id -> id.startsWith("tr_")).ifPresent(transferId -> {
            TransferState transfer = stripe.transfer(transferId);
            Optional<OrderTransfer> owed = transfer.orderId().map(OrderId::new).flatMap(steps::ofOrder)
                    .filter(row -> row.destinationAccount().equals(transfer.destinationAccount()) && row.amount() == transfer.amount());
            if (owed.isEmpty()) {
                LOG.info("Event " + event.eventId() + " is about transfer " + transferId + ", which no order of this platform owes");
                return;
            }
            steps.record(owed.get().orderId(), transfer.transferId(), transfer.amountReversed());
        });
    }
}
