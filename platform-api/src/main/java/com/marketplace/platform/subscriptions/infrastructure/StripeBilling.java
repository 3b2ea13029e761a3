package com.marketplace.platform.subscriptions.infrastructure;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.stripe.infrastructure.StripeApi;
import com.marketplace.platform.subscriptions.domain.BillingGateway;
import com.marketplace.platform.subscriptions.domain.CheckoutState;
import com.marketplace.platform.subscriptions.domain.InvoiceState;
import com.marketplace.platform.subscriptions.domain.StripeSubscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionCheckout;
import com.marketplace.platform.subscriptions.domain.SubscriptionGatewayFailure;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Invoice;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.SubscriptionCancelParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The subscriptions' Stripe Billing calls: customers, subscription-mode Checkout, re-fetches of
 * sessions, subscriptions and invoices, the customer portal, plan switches and cancels. Requests
 * about a Direct subscription are made as the seller's account ({@code Stripe-Account}); a
 * Destination one's on the platform. The row's id travels as {@code metadata[subscription_id]} on
 * the session and the subscription, so an event can find its row before the row knows Stripe's ids.
 */
@ApplicationScoped
public class StripeBilling implements BillingGateway {

    public static final String SUBSCRIPTION_KEY = "subscription_id";
    static final String BUYER_KEY = "buyer_id";

    private StripeApi stripe;

    protected StripeBilling() {
        // for CDI proxies
    }

    @Inject
    public StripeBilling(StripeApi stripe) {
        this.stripe = stripe;
    }

    @Override
    public String createCustomer(Optional<String> account, BuyerId buyer, String email, String name, String idempotencyKey) {
        CustomerCreateParams params = CustomerCreateParams.builder().setEmail(email).setName(name)
                .putMetadata(BUYER_KEY, buyer.toString()).build();
        try {
            return stripe.client().v1().customers().create(params, writeOptions(account, idempotencyKey)).getId();
        } catch (StripeException e) {
            throw failure("creating the customer of buyer " + buyer, e);
        }
    }

    @Override
    public OpenedCheckout openCheckout(SubscriptionCheckout checkout) {
        String subscription = checkout.subscription().toString();
        SessionCreateParams.SubscriptionData.Builder data = SessionCreateParams.SubscriptionData.builder()
                .setApplicationFeePercent(checkout.applicationFeePercent())
                .putMetadata(SUBSCRIPTION_KEY, subscription);
        if (checkout.trialDays() > 0) {
            data.setTrialPeriodDays((long) checkout.trialDays());
        }
        if (checkout.routing().chargeType() == ChargeType.DESTINATION) {
            data.setTransferData(SessionCreateParams.SubscriptionData.TransferData.builder()
                    .setDestination(checkout.routing().sellerAccountId()).build());
        }
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(checkout.customerId())
                .setClientReferenceId(subscription)
                .putMetadata(SUBSCRIPTION_KEY, subscription)
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(checkout.priceId()).setQuantity(1L).build())
                .setSubscriptionData(data.build())
                .setSuccessUrl(checkout.successUrl().toString())
                .setCancelUrl(checkout.cancelUrl().toString())
                .build();
        try {
            Session session = stripe.client().v1().checkout().sessions().create(params,
                    writeOptions(checkout.routing().requestAccount(), checkout.idempotencyKey()));
            return new OpenedCheckout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw failure("creating the checkout session of subscription " + subscription, e);
        }
    }

    @Override
    public CheckoutState session(Optional<String> account, String sessionId) {
        try {
            Session session = stripe.client().v1().checkout().sessions().retrieve(sessionId, readOptions(account));
            return new CheckoutState(session.getId(), session.getMode(), session.getStatus(), Optional.ofNullable(session.getSubscription()),
                    Optional.ofNullable(session.getCustomer()), reference(session.getMetadata()));
        } catch (StripeException e) {
            throw failure("reading checkout session " + sessionId, e);
        }
    }

    @Override
    public StripeSubscription subscription(Optional<String> account, String subscriptionId) {
        try {
            Subscription subscription = stripe.client().v1().subscriptions().retrieve(subscriptionId, readOptions(account));
            SubscriptionItem item = subscription.getItems() == null || subscription.getItems().getData().isEmpty() ? null
                    : subscription.getItems().getData().get(0);
            return new StripeSubscription(subscription.getId(), subscription.getCustomer(), subscription.getStatus(),
                    item == null ? null : item.getId(),
                    item == null || item.getPrice() == null ? null : item.getPrice().getId(),
                    instant(item == null ? null : item.getCurrentPeriodStart()),
                    instant(item == null ? null : item.getCurrentPeriodEnd()),
                    instant(subscription.getTrialEnd()),
                    Boolean.TRUE.equals(subscription.getCancelAtPeriodEnd()),
                    reference(subscription.getMetadata()));
        } catch (StripeException e) {
            throw failure("reading subscription " + subscriptionId, e);
        }
    }

    @Override
    public InvoiceState invoice(Optional<String> account, String invoiceId) {
        try {
            Invoice invoice = stripe.client().v1().invoices().retrieve(invoiceId, readOptions(account));
            Optional<String> subscription = Optional.ofNullable(invoice.getParent())
                    .map(Invoice.Parent::getSubscriptionDetails)
                    .map(Invoice.Parent.SubscriptionDetails::getSubscription);
            return new InvoiceState(invoice.getId(), Optional.ofNullable(invoice.getNumber()), subscription, invoice.getStatus(),
                    invoice.getBillingReason(), zeroIfNull(invoice.getAmountPaid()), zeroIfNull(invoice.getAmountDue()),
                    invoice.getCurrency(), zeroIfNull(invoice.getAttemptCount()), instant(invoice.getNextPaymentAttempt()));
        } catch (StripeException e) {
            throw failure("reading invoice " + invoiceId, e);
        }
    }

    @Override
    public URI portal(Optional<String> account, String customerId, URI returnUrl, String idempotencyKey) {
        com.stripe.param.billingportal.SessionCreateParams params = com.stripe.param.billingportal.SessionCreateParams.builder()
                .setCustomer(customerId).setReturnUrl(returnUrl.toString()).build();
        try {
            return URI.create(stripe.client().v1().billingPortal().sessions().create(params, writeOptions(account, idempotencyKey)).getUrl());
        } catch (StripeException e) {
            throw failure("opening the customer portal of " + customerId, e);
        }
    }

    @Override
    public void changePrice(Optional<String> account, String subscriptionId, String itemId, String priceId, String idempotencyKey) {
        SubscriptionUpdateParams params = SubscriptionUpdateParams.builder()
                .addItem(SubscriptionUpdateParams.Item.builder().setId(itemId).setPrice(priceId).build())
                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS)
                .build();
        try {
            stripe.client().v1().subscriptions().update(subscriptionId, params, writeOptions(account, idempotencyKey));
        } catch (StripeException e) {
            throw failure("switching subscription " + subscriptionId + " to " + priceId, e);
        }
    }

    @Override
    public void cancelAtPeriodEnd(Optional<String> account, String subscriptionId, boolean cancelAtPeriodEnd, String idempotencyKey) {
        try {
            stripe.client().v1().subscriptions().update(subscriptionId,
                    SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(cancelAtPeriodEnd).build(), writeOptions(account, idempotencyKey));
        } catch (StripeException e) {
            throw failure("setting cancel_at_period_end on subscription " + subscriptionId, e);
        }
    }

    @Override
    public void cancelNow(Optional<String> account, String subscriptionId, String idempotencyKey) {
        try {
            stripe.client().v1().subscriptions().cancel(subscriptionId, SubscriptionCancelParams.builder().build(),
                    writeOptions(account, idempotencyKey));
        } catch (StripeException e) {
            throw failure("cancelling subscription " + subscriptionId, e);
        }
    }

    private static Optional<Long> reference(Map<String, String> metadata) {
        if (metadata == null || metadata.get(SUBSCRIPTION_KEY) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(metadata.get(SUBSCRIPTION_KEY)));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(Long epochSecond) {
        return Optional.ofNullable(epochSecond).map(Instant::ofEpochSecond);
    }

    private static long zeroIfNull(Long value) {
        return value == null ? 0 : value;
    }

    private RequestOptions writeOptions(Optional<String> account, String idempotencyKey) {
        return account.map(id -> stripe.idempotentOnAccount(idempotencyKey, id)).orElseGet(() -> stripe.idempotent(idempotencyKey));
    }

    private RequestOptions readOptions(Optional<String> account) {
        return account.map(stripe::onAccount).orElseGet(RequestOptions::getDefault);
    }

    // Stripe's own message stays out of what callers show: it can name settings and objects. The request id finds it in Stripe's logs.
    private static SubscriptionGatewayFailure failure(String what, StripeException e) {
        boolean transientFailure = e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e.getStatusCode() != null && (e.getStatusCode() >= 500 || e.getStatusCode() == 409));
        return new SubscriptionGatewayFailure(what + " failed: " + (transientFailure ? "Stripe could not be reached" : "Stripe refused it")
                + " (HTTP " + e.getStatusCode() + ", code " + e.getCode() + ", request id " + e.getRequestId() + ")", transientFailure, e);
    }
}
