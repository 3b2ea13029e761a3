package com.marketplace.platform.orders.chargeevents;

import com.marketplace.platform.orders.disputes.DisputeSteps;
import com.marketplace.platform.orders.refunds.RefundSteps;
import com.marketplace.platform.orders.refunds.Refunds;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentGateway.ChargeRefunds;
import com.marketplace.platform.orders.domain.PaymentGateway.DisputeState;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refunds and disputes reported by Stripe, including those made outside the platform (the
 * Dashboard). The charge or dispute is re-read as the event's account and matched to its order
 * ({@link ChargeEventOrders}): an event that overtook the order's payment confirmation confirms it
 * first, or fails to be retried later; an event from an account other than the order's is not about
 * that order. Re-reading makes order of arrival irrelevant: a late "dispute created" finds the
 * dispute already closed and records both.
 */
@ApplicationScoped
public class ChargeEventHandlers {

    private PaymentGateway stripe;
    private ChargeEventOrders orders;
    private RefundSteps refunds;
    private DisputeSteps disputes;

    protected ChargeEventHandlers() {
        // for CDI proxies
    }

    @Inject
    public ChargeEventHandlers(PaymentGateway stripe, ChargeEventOrders orders, RefundSteps refunds, DisputeSteps disputes) {
        this.stripe = stripe;
        this.orders = orders;
        this.refunds = refunds;
        this.disputes = disputes;
    }

    void onRefunded(@Observes @StripeEventType("charge.refunded") StripeEventReceived event) {
        event.objectId().filter(id -> id.startsWith("ch_") || id.startsWith("py_")).ifPresent(chargeId -> {
            ChargeRefunds charge = stripe.chargeRefunds(event.connectedAccount(), chargeId);
            orders.orderOf(charge.paymentIntentId(), event).ifPresent(order -> {
                // One charge pays every order of a purchase across sellers: each records its own refunds, not the charge's total.
                if (order.isSeparateTransfer()) {
                    refunds.recordOwnRefunds(order.id());
                } else {
                    refunds.recordRefunded(order.id(), charge.amountRefunded());
                }
            });
        });
    }

    void onDisputeCreated(@Observes @StripeEventType("charge.dispute.created") StripeEventReceived event) {
        syncDispute(event);
    }

    void onDisputeClosed(@Observes @StripeEventType("charge.dispute.closed") StripeEventReceived event) {
        syncDispute(event);
    }

    private void syncDispute(StripeEventReceived event) {
        event.objectId().filter(id -> id.startsWith("dp_") || id.startsWith("du_")).ifPresent(disputeId -> {
            DisputeState dispute = stripe.dispute(event.connectedAccount(), disputeId);
            dispute.paymentIntentId().flatMap(intent -> orders.orderOf(intent, event))
                    .ifPresent(order -> disputes.record(order.id(), dispute));
        });
    }
}
