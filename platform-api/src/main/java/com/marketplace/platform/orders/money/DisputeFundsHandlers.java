package com.marketplace.platform.orders.money;

import com.marketplace.platform.orders.disputes.DisputeSteps;
import com.marketplace.platform.orders.domain.MoneyGateway;
import com.marketplace.platform.orders.domain.MoneyGateway.DisputeFunds;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PurchaseGateway;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Disputes of a charge on the platform, where the platform is debited (Destination charges and
 * purchases across sellers). {@code charge.dispute.created} / {@code closed}: every order of the
 * charge is flagged (the order-level handler flags one; a purchase across sellers has several).
 * {@code funds_withdrawn}: each seller's disputed share is reversed of their transfer (or recorded
 * as absorbed, per DISPUTE_RECOVERY); {@code funds_reinstated}: what was reversed is transferred
 * back. The dispute is re-read from Stripe each time and the movements are keyed per order and
 * dispute, so duplicates and any order of arrival change nothing. Direct charges (events from a
 * connected account) are the seller's own: nothing here.
 */
@ApplicationScoped
public class DisputeFundsHandlers {

    private static final Logger LOG = Logger.getLogger(DisputeFundsHandlers.class.getName());

    private MoneyGateway stripe;
    private PaymentGateway payments;
    private PurchaseGateway purchases;
    private ChargeOrdersOfEvent chargeOrders;
    private DisputeSteps disputes;
    private MoneySteps steps;
    private MoneySettings settings;

    protected DisputeFundsHandlers() {
        // for CDI proxies
    }

    @Inject
    public DisputeFundsHandlers(MoneyGateway stripe, PaymentGateway payments, PurchaseGateway purchases, ChargeOrdersOfEvent chargeOrders,
                                DisputeSteps disputes, MoneySteps steps, MoneySettings settings) {
        this.stripe = stripe;
        this.payments = payments;
        this.purchases = purchases;
        this.chargeOrders = chargeOrders;
        this.disputes = disputes;
        this.steps = steps;
        this.settings = settings;
    }

    void onCreated(@Observes @StripeEventType("charge.dispute.created") StripeEventReceived event) {
        flagEveryOrder(event);
    }

    void onClosed(@Observes @StripeEventType("charge.dispute.closed") StripeEventReceived event) {
        flagEveryOrder(event);
    }

    void onFundsWithdrawn(@Observes @StripeEventType("charge.dispute.funds_withdrawn") StripeEventReceived event) {
        ofPlatformDispute(event).ifPresent(dispute -> {
            List<Order> orders = ordersOf(dispute, event);
            orders.forEach(order -> flag(order, dispute));
            // Won by the time this is read (its funds_reinstated overtook this event): nothing is owed back.
            if (!dispute.isWon()) {
                recover(orders, dispute);
            }
        });
    }

    void onFundsReinstated(@Observes @StripeEventType("charge.dispute.funds_reinstated") StripeEventReceived event) {
        ofPlatformDispute(event).ifPresent(dispute -> {
            List<Order> orders = ordersOf(dispute, event);
            orders.forEach(order -> flag(order, dispute));
            int back = steps.returnDispute(orders, dispute);
            LOG.info("Dispute " + dispute.disputeId() + " was won: " + back + " seller transfer(s) to return");
        });
    }

    private void flagEveryOrder(StripeEventReceived event) {
        ofPlatformDispute(event).ifPresent(dispute -> {
            List<Order> orders = ordersOf(dispute, event);
            if (orders.size() > 1) {
                orders.forEach(order -> flag(order, dispute));
            }
        });
    }

    private Optional<DisputeFunds> ofPlatformDispute(StripeEventReceived event) {
        if (event.connectedAccount().isPresent()) {
            return Optional.empty();
        }
        return event.objectId().filter(id -> id.startsWith("dp_") || id.startsWith("du_")).map(stripe::dispute);
    }

    private List<Order> ordersOf(DisputeFunds dispute, StripeEventReceived event) {
        return dispute.paymentIntentId().map(intent -> chargeOrders.of(intent, event)).orElse(List.of()).stream()
                .filter(order -> order.routing().requestAccount().isEmpty())
                .toList();
    }

    // The order-level rule decides (DisputeSteps): open or lost flags it, won releases it; a repeat changes nothing.
    private void flag(Order order, DisputeFunds dispute) {
        disputes.record(order.id(), payments.dispute(Optional.empty(), dispute.disputeId()));
    }

    private void recover(List<Order> orders, DisputeFunds dispute) {
        List<Long> left = new ArrayList<>();
        List<Optional<String>> transferIds = new ArrayList<>();
        for (Order order : orders) {
            if (order.isSeparateTransfer()) {
                Optional<OrderTransfer> transfer = steps.transferOf(order).filter(found -> found.status() != OrderTransfer.Status.FAILED);
                left.add(transfer.map(steps::transferLeft).orElse(0L));
                transferIds.add(transfer.flatMap(OrderTransfer::stripeTransferId));
            } else if (order.routing().chargeType() == ChargeType.DESTINATION) {
                Optional<String> transferId = order.paymentIntentId().flatMap(stripe::destinationTransfer);
                left.add(transferId.map(id -> {
                    PurchaseGateway.TransferState state = purchases.transfer(id);
                    return Math.max(0, state.amount() - Math.max(state.amountReversed(), steps.reversedOf(order)));
                }).orElse(0L));
                transferIds.add(transferId);
            } else {
                left.add(0L);
                transferIds.add(Optional.empty());
            }
        }
        int written = steps.recoverDispute(orders, left, transferIds, dispute, settings.disputeRecovery());
        LOG.warning("Dispute " + dispute.disputeId() + " took " + dispute.amount() + " " + dispute.currency() + " from the platform: "
                + written + " seller share(s) to " + (settings.disputeRecovery() == MoneySettings.DisputeRecovery.ABSORB ? "absorb" : "reverse"));
    }
}
