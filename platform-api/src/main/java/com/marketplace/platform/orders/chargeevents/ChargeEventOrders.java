package com.marketplace.platform.orders.chargeevents;

import com.marketplace.platform.orders.payment.PaymentConfirmation;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentGateway.PaymentIntentOrder;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The order a refund or dispute event is about, found by the payment intent of its charge.
 *
 * <p>A paid order stores its payment intent. One that is not paid yet at the platform (the event
 * overtook {@code checkout.session.completed}, or that event never came) is found by the metadata
 * checkout wrote on the payment intent, read from Stripe as the event's account, and confirmed
 * first: the same confirmation as every other path, which re-reads its session. If that still does
 * not show it paid, the event cannot be recorded yet: {@link ChargeEventTooEarly} fails it, and the
 * inbox tries it again later.
 *
 * <p>Runs inside the event's transaction (it locks the order's row to read it as it is now).
 *
 * <p>A payment that names no order of this platform (a connected account's own sales, another
 * account, another payment the metadata was copied onto) is nothing to record: empty.
 */
@ApplicationScoped
public class ChargeEventOrders {

    private static final Logger LOG = Logger.getLogger(ChargeEventOrders.class.getName());

    private OrderRepository orders;
    private PaymentGateway stripe;
    private PaymentConfirmation confirmation;

    protected ChargeEventOrders() {
        // for CDI proxies
    }

    @Inject
    public ChargeEventOrders(OrderRepository orders, PaymentGateway stripe, PaymentConfirmation confirmation) {
        this.orders = orders;
        this.stripe = stripe;
        this.confirmation = confirmation;
    }

    public Optional<Order> orderOf(String paymentIntentId, StripeEventReceived event) {
        if (paymentIntentId == null) {
            return none(event, "a charge without a payment intent");
        }
        Optional<Order> paid = orders.findByPaymentIntent(paymentIntentId);
        if (paid.isPresent()) {
            return paid.filter(order -> order.routing().matchesEventAccount(event.connectedAccount()))
                    .or(() -> none(event, "payment " + paymentIntentId + " of another account"));
        }
        PaymentIntentOrder named = stripe.paymentIntentOrder(event.connectedAccount(), paymentIntentId);
        Optional<Order> order = named.orderId().flatMap(id -> orders.find(new OrderId(id)))
                .filter(candidate -> candidate.isNamedByPaymentIntent(named))
                .filter(candidate -> candidate.routing().matchesEventAccount(event.connectedAccount()));
        if (order.isEmpty()) {
            return none(event, "payment " + paymentIntentId + ", which names no order of this platform");
        }
        if (OrderStatus.UNSETTLED.contains(order.get().status())) {
            confirmation.confirm(order.get());
        }
        // Read under the row lock: another event may have confirmed it a moment ago, after this
        // transaction first read it; a plain re-read would still see it unpaid.
        Order confirmed = orders.currentForUpdate(order.get().id()).orElseThrow();
        if (confirmed.paymentIntentId().filter(paymentIntentId::equals).isPresent()) {
            return Optional.of(confirmed);
        }
        if (confirmed.paymentIntentId().isPresent()) {
            LOG.warning("Event " + event.eventId() + " is about payment " + paymentIntentId + ", whose metadata names order "
                    + confirmed.id() + ", paid by another payment; ignored");
            return Optional.empty();
        }
        throw new ChargeEventTooEarly(event, paymentIntentId, confirmed);
    }

    private static Optional<Order> none(StripeEventReceived event, String what) {
        LOG.info("Event " + event.eventId() + " (" + event.type() + ") is about " + what + "; nothing to record");
        return Optional.empty();
    }

    /** The order a charge event is about is not paid at the platform yet; the event must be tried again later, never dropped. */
    public static class ChargeEventTooEarly extends RuntimeException {

        ChargeEventTooEarly(StripeEventReceived event, String paymentIntentId, Order order) {
            super(event.type() + " " + event.eventId() + " is about payment " + paymentIntentId + " of order " + order.id()
                    + ", which is " + order.status() + " at the platform: its checkout session does not show it paid"
                    + (order.checkoutSessionId().isEmpty() ? " (the order has no session stored yet)" : "")
                    + "; the event is retried until the order is confirmed");
        }
    }
}
