package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.MoneyGateway;
import com.marketplace.platform.stripe.infrastructure.StripeApi;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The Stripe side of the movements after a payment: all on the platform's account. */
@ApplicationScoped
public class StripeMoneyGateway implements MoneyGateway {

    private StripeApi stripe;

    protected StripeMoneyGateway() {
        // for CDI proxies
    }

    @Inject
    public StripeMoneyGateway(StripeApi stripe) {
        this.stripe = stripe;
    }

    @Override
    public DisputeFunds dispute(String disputeId) {
        try {
            Dispute dispute = stripe.client().v1().disputes().retrieve(disputeId, RequestOptions.builder().build());
            return new DisputeFunds(dispute.getId(), dispute.getStatus(), dispute.getAmount() == null ? 0 : dispute.getAmount(),
                    dispute.getCurrency(), Optional.ofNullable(dispute.getPaymentIntent()));
        } catch (StripeException e) {
            throw transientOr("reading dispute " + disputeId, e);
        }
    }

    @Override
    public Optional<String> destinationTransfer(String paymentIntentId) {
        try {
            RequestOptions platform = RequestOptions.builder().build();
            PaymentIntent intent = stripe.client().v1().paymentIntents().retrieve(paymentIntentId, platform);
            if (intent.getLatestCharge() == null) {
                return Optional.empty();
            }
            Charge charge = stripe.client().v1().charges().retrieve(intent.getLatestCharge(), platform);
            return Optional.ofNullable(charge.getTransfer());
        } catch (StripeException e) {
            throw transientOr("reading the transfer of payment " + paymentIntentId, e);
        }
    }

    @Override
    public Optional<Long> purchaseOf(String paymentIntentId) {
        try {
            PaymentIntent intent = stripe.client().v1().paymentIntents().retrieve(paymentIntentId, RequestOptions.builder().build());
            return Optional.ofNullable(intent.getMetadata()).map(metadata -> metadata.get(StripePurchaseGateway.PURCHASE_ID))
                    .filter(id -> id.matches("[1-9][0-9]{0,17}")).map(Long::valueOf);
        } catch (StripeException e) {
            throw transientOr("reading payment intent " + paymentIntentId, e);
        }
    }

    @Override
    public String reverse(String transferId, long amount, String idempotencyKey) {
        TransferReversalCreateParams params = TransferReversalCreateParams.builder().setAmount(amount).build();
        try {
            return stripe.client().v1().transfers().reversals().create(transferId, params, stripe.idempotent(idempotencyKey)).getId();
        } catch (StripeException e) {
            throw transientOr("reversing " + amount + " of transfer " + transferId, e);
        }
    }

    @Override
    public String transfer(Money amount, String destinationAccount, Optional<String> sourceCharge, Optional<String> transferGroup, String description,
                           String idempotencyKey) {
        TransferCreateParams.Builder params = TransferCreateParams.builder()
                .setAmount(amount.minorUnits())
                .setCurrency(amount.currency().value())
                .setDestination(destinationAccount)
                .setDescription(description);
        transferGroup.ifPresent(params::setTransferGroup);
        sourceCharge.ifPresent(params::setSourceTransaction);
        try {
            return stripe.client().v1().transfers().create(params.build(), stripe.idempotent(idempotencyKey)).getId();
        } catch (StripeException e) {
            throw transientOr("transferring " + amount + " to " + destinationAccount, e);
        }
    }

    // Stripe's own message stays out, as in the other adapters; its code says why it refused.
    private static RuntimeException transientOr(String what, StripeException e) {
        boolean transientFailure = e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e.getStatusCode() != null && (e.getStatusCode() >= 500 || e.getStatusCode() == 409));
        String detail = " (HTTP " + e.getStatusCode() + ", code " + e.getCode() + ", request id " + e.getRequestId() + ")";
        if (transientFailure) {
            return new GatewayFailure(what + " failed: Stripe could not be reached" + detail, true, e);
        }
        return new MoneyGateway.MovementRefused(e.getCode(), what + " failed: Stripe refused it" + detail, e);
    }
}
