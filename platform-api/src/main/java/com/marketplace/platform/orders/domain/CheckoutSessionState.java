package com.marketplace.platform.orders.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Checkout Session as Stripe reports it when asked (never as a webhook payload or a browser
 * claims it): the platform's own reading of the fields a payment decision needs.
 *
 * @param orderId  {@code metadata.order_id}, empty on a session the platform did not create
 * @param orderKey {@code metadata.order_key}, the order's request key: proves the session is that order's
 * @param customerEmail {@code customer_details.email}: the email the buyer gave on Stripe's page, once they paid
 */
public record CheckoutSessionState(String sessionId, SessionStatus status, PaymentStatus paymentStatus, long amountTotal,
                                   String currency, Optional<String> paymentIntentId, Optional<Long> orderId,
                                   Optional<String> orderKey, Instant expiresAt, Optional<String> customerEmail) {

    public enum SessionStatus { OPEN, COMPLETE, EXPIRED }

    /** {@code NO_PAYMENT_REQUIRED} is what some API versions report for a session with nothing to pay. */
    public enum PaymentStatus { PAID, UNPAID, NO_PAYMENT_REQUIRED }

    public CheckoutSessionState {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(paymentStatus, "paymentStatus");
        Objects.requireNonNull(paymentIntentId, "paymentIntentId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(orderKey, "orderKey");
        Objects.requireNonNull(customerEmail, "customerEmail");
    }

    /** A session read without the buyer's details. */
    public CheckoutSessionState(String sessionId, SessionStatus status, PaymentStatus paymentStatus, long amountTotal,
                                String currency, Optional<String> paymentIntentId, Optional<Long> orderId,
                                Optional<String> orderKey, Instant expiresAt) {
        this(sessionId, status, paymentStatus, amountTotal, currency, paymentIntentId, orderId, orderKey, expiresAt, Optional.empty());
    }

    /** Nothing was charged: a 100 % promotion. No payment intent exists, so none may be looked up. */
    public boolean isFree() {
        return amountTotal == 0 && paymentIntentId.isEmpty();
    }
}
