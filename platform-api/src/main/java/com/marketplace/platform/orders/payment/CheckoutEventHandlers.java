package com.marketplace.platform.orders.payment;

import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code checkout.session.*} events, from either endpoint: a Direct charge's arrive at the Connect
 * endpoint with the seller's account, a Destination charge's at the platform endpoint. Each is only
 * a reason to ask Stripe: the payload is never read as the session's state.
 */
@ApplicationScoped
public class CheckoutEventHandlers {

    private PaymentConfirmation confirmation;

    protected CheckoutEventHandlers() {
        // for CDI proxies
    }

    @Inject
    public CheckoutEventHandlers(PaymentConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    void onCompleted(@Observes @StripeEventType("checkout.session.completed") StripeEventReceived event) {
        confirm(event);
    }

    void onAsyncSucceeded(@Observes @StripeEventType("checkout.session.async_payment_succeeded") StripeEventReceived event) {
        confirm(event);
    }

    void onAsyncFailed(@Observes @StripeEventType("checkout.session.async_payment_failed") StripeEventReceived event) {
        confirm(event);
    }

    void onExpired(@Observes @StripeEventType("checkout.session.expired") StripeEventReceived event) {
        confirm(event);
    }

    private void confirm(StripeEventReceived event) {
        event.objectId().filter(id -> id.startsWith("cs_"))
                .ifPresent(sessionId -> confirmation.confirmFromEvent(sessionId, event.connectedAccount()));
    }
}
