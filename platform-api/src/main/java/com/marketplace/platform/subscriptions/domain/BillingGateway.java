package com.marketplace.platform.subscriptions.domain;

import com.marketplace.platform.kernel.ids.BuyerId;
import java.net.URI;
import java.util.Optional;

/**
 * Stripe Billing as the subscriptions see it. {@code account} is the account the request is made
 * as: the seller's for a Direct subscription ({@code Stripe-Account}), empty for the platform
 * (Destination). Every write carries an idempotency key the caller derives. Failures are
 * {@link SubscriptionGatewayFailure}.
 */
public interface BillingGateway {

    /** A Stripe Customer for the buyer on the account; its id. */
    String createCustomer(Optional<String> account, BuyerId buyer, String email, String name, String idempotencyKey);

    /** The Checkout Session's id and the URL the buyer pays at. */
    OpenedCheckout openCheckout(SubscriptionCheckout checkout);

    CheckoutState session(Optional<String> account, String sessionId);

    StripeSubscription subscription(Optional<String> account, String subscriptionId);

    InvoiceState invoice(Optional<String> account, String invoiceId);

    /** A customer portal session; the URL to send the buyer to. */
    URI portal(Optional<String> account, String customerId, URI returnUrl, String idempotencyKey);

    /** Switches the subscription's item to another Price, prorating the rest of the period. */
    void changePrice(Optional<String> account, String subscriptionId, String itemId, String priceId, String idempotencyKey);

    void cancelAtPeriodEnd(Optional<String> account, String subscriptionId, boolean cancelAtPeriodEnd, String idempotencyKey);

    void cancelNow(Optional<String> account, String subscriptionId, String idempotencyKey);

    record OpenedCheckout(String sessionId, String url) {
    }
}
