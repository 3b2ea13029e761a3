package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.PaymentGateway.CreatedSession;
import com.marketplace.platform.orders.domain.PurchaseGateway;
import com.marketplace.platform.stripe.infrastructure.StripeApi;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The Stripe side of purchases across sellers (separate charges and transfers): everything on the
 * platform's own account. The session takes no application fee and names no destination: the
 * platform keeps each order's fee by transferring less.
 */
@ApplicationScoped
public class StripePurchaseGateway implements PurchaseGateway {

    static final String PURCHASE_ID = "purchase_id";
    static final String PURCHASE_KEY = "purchase_key";

    private StripeApi stripe;

    protected StripePurchaseGateway() {
        // for CDI proxies
    }

    @Inject
    public StripePurchaseGateway(StripeApi stripe) {
        this.stripe = stripe;
    }

    @Override
    public CreatedSession createSession(NewPurchaseSession purchase) {
        String purchaseId = purchase.purchaseId().toString();
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId("purchase_" + purchaseId)
                .putMetadata(PURCHASE_ID, purchaseId)
                .putMetadata(PURCHASE_KEY, purchase.purchaseKey())
                .setSuccessUrl(purchase.successUrl())
                .setCancelUrl(purchase.cancelUrl().toString())
                .setExpiresAt(purchase.expiresAt().getEpochSecond())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setTransferGroup(purchase.transferGroup())
                        .putMetadata(PURCHASE_ID, purchaseId)
                        .putMetadata(PURCHASE_KEY, purchase.purchaseKey())
                        .build());
        purchase.lines().forEach(line -> params.addLineItem(StripePaymentGateway.lineItem(line)));
        purchase.customerEmail().ifPresent(params::setCustomerEmail);
        try {
            Session session = stripe.client().v1().checkout().sessions().create(params.build(),
                    stripe.idempotent("purchase-session-" + purchase.purchaseKey()));
            return new CreatedSession(session.getId(), session.getUrl(), Instant.ofEpochSecond(session.getExpiresAt()),
                    session.getAmountTotal() == null ? 0 : session.getAmountTotal());
        } catch (StripeException e) {
            throw failure("creating the checkout session of purchase " + purchaseId, e);
        }
    }

    @Override
    public Optional<String> latestCharge(String paymentIntentId) {
        try {
            PaymentIntent intent = stripe.client().v1().paymentIntents().retrieve(paymentIntentId, RequestOptions.builder().build());
            return Optional.ofNullable(intent.getLatestCharge());
        } catch (StripeException e) {
            throw failure("reading payment " + paymentIntentId, e);
        }
    }

    @Override
    public String createTransfer(NewTransfer transfer) {
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(transfer.amount().minorUnits())
                .setCurrency(transfer.amount().currency().value())
                .setDestination(transfer.destinationAccount())
                .setTransferGroup(transfer.transferGroup())
                .setSourceTransaction(transfer.sourceCharge())
                .putMetadata(StripePaymentGateway.ORDER_ID, transfer.orderId().toString())
                .putMetadata(PURCHASE_ID, transfer.purchaseId().toString())
                .build();
        try {
            return stripe.client().v1().transfers().create(params, stripe.idempotent(transfer.idempotencyKey())).getId();
        } catch (StripeException e) {
            throw failure("transferring order " + transfer.orderId() + " to its seller", e);
        }
    }

    @Override
    public TransferState transfer(String transferId) {
        try {
            Transfer transfer = stripe.client().v1().transfers().retrieve(transferId, RequestOptions.builder().build());
            Map<String, String> metadata = transfer.getMetadata() == null ? Map.of() : transfer.getMetadata();
            return new TransferState(transfer.getId(), orZero(transfer.getAmount()), orZero(transfer.getAmountReversed()),
                    transfer.getDestination(), Optional.ofNullable(transfer.getTransferGroup()),
                    Optional.ofNullable(metadata.get(StripePaymentGateway.ORDER_ID)).filter(id -> id.matches("[1-9][0-9]{0,17}"))
                            .map(Long::valueOf));
        } catch (StripeException e) {
            throw failure("reading transfer " + transferId, e);
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    // As StripePaymentGateway: Stripe's own message stays out; the request id finds it in Stripe's logs.
    private static GatewayFailure failure(String what, StripeException e) {
        boolean transientFailure = e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e.getStatusCode() != null && (e.getStatusCode() >= 500 || e.getStatusCode() == 409));
        return new GatewayFailure(what + " failed: " + (transientFailure ? "Stripe could not be reached" : "Stripe refused it")
                + " (HTTP " + e.getStatusCode() + ", code " + e.getCode() + ", request id " + e.getRequestId() + ")", transientFailure, e);
    }
}
