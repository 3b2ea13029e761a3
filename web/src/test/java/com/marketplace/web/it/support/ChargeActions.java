package com.marketplace.web.it.support;

import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * What happens to a paid charge outside the platform: a refund made in Stripe's Dashboard (a plain
 * stripe-java call, on the seller's account for a Direct charge, on the platform for a Destination
 * charge), and a dispute opened and closed by the buyer's bank (the sandbox's helpers).
 */
public final class ChargeActions {

    private ChargeActions() {
    }

    /** The payment of a paid checkout, read at Stripe as {@code scope} reads it. */
    public static Payment paymentOf(Started checkout, RequestOptions scope) throws StripeException {
        String intentId = Shop.stripe().client().checkout().sessions().retrieve(checkout.sessionId(), null, scope).getPaymentIntent();
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(intentId, null, scope);
        return new Payment(intent.getId(), intent.getLatestCharge(), scope);
    }

    /** A refund made in the Dashboard: no idempotency key of the platform's, no request through it. */
    public static void refundAtStripe(Payment payment, long amount) throws StripeException {
        Shop.stripe().client().refunds().create(RefundCreateParams.builder().setPaymentIntent(payment.intentId()).setAmount(amount).build(),
                payment.scope());
    }

    public static long refundedAtStripe(Payment payment) throws StripeException {
        return Shop.stripe().client().charges().retrieve(payment.chargeId(), null, payment.scope()).getAmountRefunded();
    }

    /** The buyer's bank disputes the charge; answers the dispute's id. */
    public static String openDispute(Payment payment) {
        SandboxStripe.Raw opened = Shop.stripe().helper("charges/" + payment.chargeId() + "/dispute", "reason", "fraudulent");
        if (opened.status() != 200) {
            throw new AssertionError("dispute refused: HTTP " + opened.status() + " " + opened.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(opened.body()))) {
            JsonObject dispute = reader.readObject();
            return dispute.getString("id");
        }
    }

    /** The bank decides: {@code won} or {@code lost}. */
    public static void closeDispute(String disputeId, String outcome) {
        SandboxStripe.Raw closed = Shop.stripe().helper("disputes/" + disputeId + "/close", "status", outcome);
        if (closed.status() != 200) {
            throw new AssertionError("closing dispute " + disputeId + " failed: HTTP " + closed.status() + " " + closed.body());
        }
    }

    /** A charge at Stripe: its payment intent and charge ids, and the account they are read as. */
    public record Payment(String intentId, String chargeId, RequestOptions scope) {
    }
}
