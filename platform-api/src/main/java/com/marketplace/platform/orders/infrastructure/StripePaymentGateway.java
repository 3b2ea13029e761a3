package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.CheckoutSessionState.PaymentStatus;
import com.marketplace.platform.orders.domain.CheckoutSessionState.SessionStatus;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentIntentStatus;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.stripe.infrastructure.StripeApi;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.DisputeListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionExpireParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Stripe side of orders: Checkout Sessions by charge type, their re-reading, refunds and
 * disputes. Translates stripe-java objects into the platform's types and back; a Direct charge's
 * requests are made as the seller's account ({@code Stripe-Account}), a Destination charge's on the
 * platform with {@code transfer_data.destination}.
 */
@ApplicationScoped
public class StripePaymentGateway implements PaymentGateway {

    static final String ORDER_ID = "order_id";
    static final String ORDER_KEY = "order_key";

    private StripeApi stripe;

    protected StripePaymentGateway() {
        // for CDI proxies
    }

    @Inject
    public StripePaymentGateway(StripeApi stripe) {
        this.stripe = stripe;
    }

    // The promotion code the buyer entered on the marketplace is applied here, with `discounts`, and
    // never typed on Stripe's page (no allow_promotion_codes): the total, and the fee taken of it,
    // are known before the session exists. A session with nothing to pay has no payment, so no fee.
    @Override
    public CreatedSession createSession(NewSession order) {
        PaymentRouting routing = order.routing();
        String orderId = order.orderId().toString();
        SessionCreateParams.PaymentIntentData.Builder intentData = SessionCreateParams.PaymentIntentData.builder()
                .putMetadata(ORDER_ID, orderId)
                .putMetadata(ORDER_KEY, order.orderKey());
        if (order.pricing().total().isPositive()) {
            intentData.setApplicationFeeAmount(order.pricing().fee().minorUnits());
        }
        if (routing.chargeType() == ChargeType.DESTINATION) {
            intentData.setTransferData(SessionCreateParams.PaymentIntentData.TransferData.builder()
                    .setDestination(routing.sellerAccountId()).build());
        }
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(orderId)
                .putMetadata(ORDER_ID, orderId)
                .putMetadata(ORDER_KEY, order.orderKey())
                .setSuccessUrl(order.successUrl())
                .setCancelUrl(order.cancelUrl().toString())
                .setExpiresAt(order.expiresAt().getEpochSecond())
                .setPaymentIntentData(intentData.build());
        order.lines().forEach(line -> params.addLineItem(lineItem(line)));
        order.customerEmail().ifPresent(params::setCustomerEmail);
        order.pricing().discount().ifPresent(discount -> params.addDiscount(SessionCreateParams.Discount.builder()
                .setPromotionCode(discount.promotionCodeId()).build()));
        String key = "checkout-session-" + order.orderKey();
        try {
            Session session = stripe.client().v1().checkout().sessions().create(params.build(), writeOptions(routing.requestAccount(), key));
            return new CreatedSession(session.getId(), session.getUrl(), Instant.ofEpochSecond(session.getExpiresAt()),
                    orZero(session.getAmountTotal()));
        } catch (StripeException e) {
            throw failure("creating the checkout session of order " + orderId, e);
        }
    }

    static SessionCreateParams.LineItem lineItem(PaymentGateway.SessionLine line) {
        return SessionCreateParams.LineItem.builder()
                .setQuantity((long) line.quantity())
                .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                        .setCurrency(line.unitPrice().currency().value())
                        .setUnitAmount(line.unitPrice().minorUnits())
                        .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                .setName(line.name()).build())
                        .build())
                .build();
    }

    @Override
    public CheckoutSessionState session(Optional<String> requestAccount, String sessionId) {
        try {
            return state(stripe.client().v1().checkout().sessions().retrieve(sessionId, readOptions(requestAccount)));
        } catch (StripeException e) {
            throw failure("reading checkout session " + sessionId, e);
        }
    }

    @Override
    public PaymentIntentStatus paymentIntentStatus(PaymentRouting routing, String paymentIntentId) {
        try {
            PaymentIntent intent = stripe.client().v1().paymentIntents().retrieve(paymentIntentId, readOptions(routing.requestAccount()));
            return switch (intent.getStatus()) {
                case "succeeded" -> PaymentIntentStatus.SUCCEEDED;
                case "processing" -> PaymentIntentStatus.PROCESSING;
                case "requires_payment_method", "canceled" -> PaymentIntentStatus.FAILED;
                default -> PaymentIntentStatus.OTHER;
            };
        } catch (StripeException e) {
            throw failure("reading payment intent " + paymentIntentId, e);
        }
    }

    @Override
    public CheckoutSessionState expireSession(PaymentRouting routing, String sessionId, String idempotencyKey) {
        try {
            return state(stripe.client().v1().checkout().sessions().expire(sessionId, SessionExpireParams.builder().build(),
                    writeOptions(routing.requestAccount(), idempotencyKey)));
        } catch (StripeException e) {
            throw failure("expiring checkout session " + sessionId, e);
        }
    }

    // Direct: the charge is the seller's, so is the refund; the platform's fee goes back in
    // proportion. Destination: the charge is the platform's; the transfer to the seller is reversed
    // in proportion, so the seller does not keep money the buyer got back.
    @Override
    public String refund(PaymentRouting routing, String paymentIntentId, Money amount, String idempotencyKey) {
        RefundCreateParams.Builder params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .setAmount(amount.minorUnits());
        // A share of a purchase across sellers: the platform's own charge, no application fee and no
        // automatic transfer; what the seller was transferred is reversed separately.
        if (!routing.separateTransfers()) {
            params.setRefundApplicationFee(true);
        }
        if (routing.chargeType() == ChargeType.DESTINATION && !routing.separateTransfers()) {
            params.setReverseTransfer(true);
        }
        try {
            Refund refund = stripe.client().v1().refunds().create(params.build(), writeOptions(routing.requestAccount(), idempotencyKey));
            return refund.getId();
        } catch (StripeException e) {
            throw failure("refunding payment " + paymentIntentId, e);
        }
    }

    @Override
    public ChargeRefunds chargeRefunds(Optional<String> requestAccount, String chargeId) {
        try {
            Charge charge = stripe.client().v1().charges().retrieve(chargeId, readOptions(requestAccount));
            return new ChargeRefunds(charge.getPaymentIntent(), orZero(charge.getAmountRefunded()));
        } catch (StripeException e) {
            throw failure("reading charge " + chargeId, e);
        }
    }

    @Override
    public ChargeRefunds paymentRefunds(PaymentRouting routing, String paymentIntentId) {
        try {
            RequestOptions options = readOptions(routing.requestAccount());
            PaymentIntent intent = stripe.client().v1().paymentIntents().retrieve(paymentIntentId, options);
            if (intent.getLatestCharge() == null) {
                return new ChargeRefunds(paymentIntentId, 0);
            }
            Charge charge = stripe.client().v1().charges().retrieve(intent.getLatestCharge(), options);
            return new ChargeRefunds(paymentIntentId, orZero(charge.getAmountRefunded()));
        } catch (StripeException e) {
            throw failure("reading the refunds of payment " + paymentIntentId, e);
        }
    }

    @Override
    public DisputeState dispute(Optional<String> requestAccount, String disputeId) {
        try {
            return disputeState(stripe.client().v1().disputes().retrieve(disputeId, readOptions(requestAccount)));
        } catch (StripeException e) {
            throw failure("reading dispute " + disputeId, e);
        }
    }

    @Override
    public PaymentIntentOrder paymentIntentOrder(Optional<String> requestAccount, String paymentIntentId) {
        try {
            PaymentIntent intent = stripe.client().v1().paymentIntents().retrieve(paymentIntentId, readOptions(requestAccount));
            Map<String, String> metadata = intent.getMetadata() == null ? Map.of() : intent.getMetadata();
            return new PaymentIntentOrder(intent.getId(), orderIdOf(metadata), Optional.ofNullable(metadata.get(ORDER_KEY)));
        } catch (StripeException e) {
            throw failure("reading payment intent " + paymentIntentId, e);
        }
    }

    // A charge is disputed at most a few times (an inquiry, then a chargeback): one page of 100 holds them all.
    @Override
    public List<DisputeState> paymentDisputes(PaymentRouting routing, String paymentIntentId) {
        try {
            DisputeListParams params = DisputeListParams.builder().setPaymentIntent(paymentIntentId).setLimit(100L).build();
            List<DisputeState> disputes = new ArrayList<>(stripe.client().v1().disputes().list(params, readOptions(routing.requestAccount()))
                    .getData().stream().map(StripePaymentGateway::disputeState).toList());
            Collections.reverse(disputes); // Stripe lists newest first
            return disputes;
        } catch (StripeException e) {
            throw failure("listing the disputes of payment " + paymentIntentId, e);
        }
    }

    private static DisputeState disputeState(Dispute dispute) {
        Optional<Instant> dueBy = Optional.ofNullable(dispute.getEvidenceDetails()).map(Dispute.EvidenceDetails::getDueBy)
                .map(Instant::ofEpochSecond);
        return new DisputeState(dispute.getId(), dispute.getStatus(), Optional.ofNullable(dispute.getPaymentIntent()), dueBy);
    }

    // The same reading as a session's metadata (state below): anything but a plain positive number names no order.
    private static Optional<Long> orderIdOf(Map<String, String> metadata) {
        return Optional.ofNullable(metadata.get(ORDER_ID)).filter(id -> id.matches("[1-9][0-9]{0,17}")).map(Long::valueOf);
    }

    private static CheckoutSessionState state(Session session) {
        Map<String, String> metadata = session.getMetadata() == null ? Map.of() : session.getMetadata();
        return new CheckoutSessionState(session.getId(),
                SessionStatus.valueOf(session.getStatus().toUpperCase(Locale.ROOT)),
                PaymentStatus.valueOf(session.getPaymentStatus().toUpperCase(Locale.ROOT)),
                orZero(session.getAmountTotal()),
                session.getCurrency(),
                Optional.ofNullable(session.getPaymentIntent()),
                Optional.ofNullable(metadata.get(ORDER_ID)).filter(id -> id.matches("[1-9][0-9]{0,17}")).map(Long::valueOf),
                Optional.ofNullable(metadata.get(ORDER_KEY)),
                session.getExpiresAt() == null ? Instant.EPOCH : Instant.ofEpochSecond(session.getExpiresAt()),
                Optional.ofNullable(session.getCustomerDetails()).map(Session.CustomerDetails::getEmail)
                        .or(() -> Optional.ofNullable(session.getCustomerEmail())).filter(email -> !email.isBlank()));
    }

    private RequestOptions writeOptions(Optional<String> account, String idempotencyKey) {
        return account.map(id -> stripe.idempotentOnAccount(idempotencyKey, id)).orElseGet(() -> stripe.idempotent(idempotencyKey));
    }

    private RequestOptions readOptions(Optional<String> account) {
        return account.map(stripe::onAccount).orElseGet(() -> RequestOptions.builder().build());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    // Stripe's own message stays out: it can name settings and objects. The request id finds it in Stripe's logs.
    private static GatewayFailure failure(String what, StripeException e) {
        boolean transientFailure = e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e.getStatusCode() != null && (e.getStatusCode() >= 500 || e.getStatusCode() == 409));
        return new GatewayFailure(what + " failed: " + (transientFailure ? "Stripe could not be reached" : "Stripe refused it")
                + " (HTTP " + e.getStatusCode() + ", code " + e.getCode() + ", parameter " + parameterOf(e) + ", request id "
                + e.getRequestId() + ")", transientFailure, e);
    }

    private static String parameterOf(StripeException e) {
        return e.getStripeError() == null ? null : e.getStripeError().getParam();
    }
}
