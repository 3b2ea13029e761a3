package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.money.Money;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What orders need from Stripe, in the platform's own terms. Implemented by the Stripe adapter,
 * the only code that speaks stripe-java; every call that creates something carries the
 * idempotency key it is given. Failures surface as {@link GatewayFailure}.
 */
public interface PaymentGateway {

    /** The Checkout Session an order is paid through, made the way its routing says. */
    CreatedSession createSession(NewSession session);

    /** The session as Stripe has it now, read as {@code requestAccount} (a Direct charge's seller) or the platform. */
    CheckoutSessionState session(Optional<String> requestAccount, String sessionId);

    PaymentIntentStatus paymentIntentStatus(PaymentRouting routing, String paymentIntentId);

    /** Ends an open session so it can no longer be paid. */
    CheckoutSessionState expireSession(PaymentRouting routing, String sessionId, String idempotencyKey);

    /** Refunds part or all of a payment, with the fee (and, for Destination, the transfer) going back in proportion. */
    String refund(PaymentRouting routing, String paymentIntentId, Money amount, String idempotencyKey);

    /** A charge that arrived by event ({@code charge.refunded}), read as the event's account. */
    ChargeRefunds chargeRefunds(Optional<String> requestAccount, String chargeId);

    /** The refund state of a payment intent's charge. */
    ChargeRefunds paymentRefunds(PaymentRouting routing, String paymentIntentId);

    DisputeState dispute(Optional<String> requestAccount, String disputeId);

    /**
     * The order a payment intent says it pays for, by the metadata checkout wrote on it
     * ({@code payment_intent_data.metadata}), read as {@code requestAccount} (an event's account).
     */
    PaymentIntentOrder paymentIntentOrder(Optional<String> requestAccount, String paymentIntentId);

    /** The disputes of a payment's charge ({@code GET /v1/disputes?payment_intent=}), oldest first, as its routing reads them. */
    List<DisputeState> paymentDisputes(PaymentRouting routing, String paymentIntentId);

    /** {@code customerEmail}: the signed-in buyer's email, which Stripe's page then asks no more; empty for a guest. */
    /** {@code lines}: the session's line items, in order; their subtotals add up to {@code pricing}'s subtotal. */
    record NewSession(PaymentRouting routing, OrderId orderId, String orderKey, String productName, OrderPricing pricing,
                      String successUrl, URI cancelUrl, Instant expiresAt, Optional<String> customerEmail, List<SessionLine> lines) {

        /** An order of one line, as its pricing describes it. */
        public NewSession(PaymentRouting routing, OrderId orderId, String orderKey, String productName, OrderPricing pricing,
                          String successUrl, URI cancelUrl, Instant expiresAt, Optional<String> customerEmail) {
            this(routing, orderId, orderKey, productName, pricing, successUrl, cancelUrl, expiresAt, customerEmail,
                    List.of(new SessionLine(productName, pricing.quantity(), pricing.unitPrice())));
        }
    }

    /** One line item of a session: a name, a quantity and a unit price ({@code price_data}), all from the database. */
    record SessionLine(String name, int quantity, Money unitPrice) {

        public static SessionLine of(PricedLine line) {
            return new SessionLine(line.productName(), line.quantity(), line.unitPrice());
        }

        public static SessionLine of(OrderLine line, String currency) {
            return new SessionLine(line.productName(), line.quantity(), Money.of(line.unitAmount(), currency));
        }
    }

    /** {@code amountTotal}: what Stripe will charge, after any discount; the platform compares it with what it expects. */
    record CreatedSession(String sessionId, String url, Instant expiresAt, long amountTotal) {
    }

    record ChargeRefunds(String paymentIntentId, long amountRefunded) {
    }

    /** {@code orderId}/{@code orderKey}: {@code metadata.order_id}/{@code order_key}, empty on a payment the platform did not start. */
    record PaymentIntentOrder(String paymentIntentId, Optional<Long> orderId, Optional<String> orderKey) {
    }

    /** {@code evidenceDueBy}: Stripe's {@code evidence_details.due_by}, when it gives one. */
    record DisputeState(String disputeId, String status, Optional<String> paymentIntentId, Optional<Instant> evidenceDueBy) {

        public boolean isClosed() {
            return isClosed(status);
        }

        /** Whether Stripe's dispute status is final: won, lost or warning_closed. */
        public static boolean isClosed(String status) {
            return "won".equals(status) || "lost".equals(status) || "warning_closed".equals(status);
        }

        public boolean isWon() {
            return "won".equals(status) || "warning_closed".equals(status);
        }
    }
}
