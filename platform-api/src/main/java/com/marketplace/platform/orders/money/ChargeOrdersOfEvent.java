package com.marketplace.platform.orders.money;

import com.marketplace.platform.orders.chargeevents.ChargeEventOrders;
import com.marketplace.platform.orders.domain.ChargeOrders;
import com.marketplace.platform.orders.domain.MoneyGateway;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.domain.PurchaseRepository;
import com.marketplace.platform.orders.payment.PurchaseConfirmation;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Every order a dispute event's charge paid, for a charge on the platform. A purchase across
 * sellers whose payment the platform has not confirmed yet (the event overtook it) is confirmed
 * first, through its one session; still unpaid, the event fails and the inbox tries it again later:
 * never dropped.
 */
@ApplicationScoped
public class ChargeOrdersOfEvent {

    private ChargeOrders orders;
    private MoneyGateway stripe;
    private PurchaseRepository purchases;
    private PurchaseConfirmation confirmation;
    private ChargeEventOrders singleOrders;

    protected ChargeOrdersOfEvent() {
        // for CDI proxies
    }

    @Inject
    public ChargeOrdersOfEvent(ChargeOrders orders, MoneyGateway stripe, PurchaseRepository purchases, PurchaseConfirmation confirmation,
                               ChargeEventOrders singleOrders) {
        this.orders = orders;
        this.singleOrders = singleOrders;
        this.stripe = stripe;
        this.purchases = purchases;
        this.confirmation = confirmation;
    }

    /** Empty when the payment is none of this platform's orders. */
    public List<Order> of(String paymentIntentId, StripeEventReceived event) {
        List<Order> paid = orders.ofPaymentIntent(paymentIntentId);
        if (!paid.isEmpty()) {
            return paid;
        }
        List<PurchaseId> named = stripe.purchaseOf(paymentIntentId).map(PurchaseId::new).filter(id -> purchases.find(id).isPresent())
                .stream().toList();
        if (named.isEmpty()) {
            // One seller's order: found by its own metadata, confirmed first, or the event is retried (ChargeEventOrders).
            return singleOrders.orderOf(paymentIntentId, event).stream().toList();
        }
        boolean unsettled = purchases.ordersOf(named.get(0)).stream().anyMatch(order -> OrderStatus.UNSETTLED.contains(order.status()));
        if (unsettled) {
            confirmation.confirm(named.get(0));
        }
        List<Order> confirmed = orders.ofPaymentIntent(paymentIntentId);
        if (confirmed.isEmpty()) {
            throw new IllegalStateException(event.type() + " " + event.eventId() + " is about payment " + paymentIntentId + " of purchase "
                    + named.get(0) + ", not confirmed paid at the platform yet; the event is retried until it is");
        }
        return confirmed;
    }
}
