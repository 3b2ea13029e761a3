package com.marketplace.platform.orders.domain;

import java.util.function.Function;

/**
 * Decides what a Checkout Session's state means for its order. Pure, so every case is a unit test:
 * <ul>
 *   <li>complete and {@code paid}: paid;</li>
 *   <li>complete with nothing to pay (100 % promotion: total 0, no payment intent; {@code paid} or
 *       {@code no_payment_required}): paid, and the payment intent is never looked up;</li>
 *   <li>complete and {@code unpaid}: a delayed method; its payment intent says whether it is still
 *       processing, succeeded (the session's own status lags) or failed;</li>
 *   <li>expired: expired; open: nothing yet.</li>
 * </ul>
 */
public final class PaymentRule {

    private PaymentRule() {
    }

    /** {@code intentStatus} is asked only for a completed, unpaid session that has a payment intent. */
    public static PaymentVerdict judge(CheckoutSessionState session, Function<String, PaymentIntentStatus> intentStatus) {
        return switch (session.status()) {
            case OPEN -> PaymentVerdict.OPEN;
            case EXPIRED -> PaymentVerdict.EXPIRED;
            case COMPLETE -> judgeCompleted(session, intentStatus);
        };
    }

    private static PaymentVerdict judgeCompleted(CheckoutSessionState session, Function<String, PaymentIntentStatus> intentStatus) {
        if (session.isFree()) {
            return PaymentVerdict.PAID;
        }
        if (session.paymentStatus() == CheckoutSessionState.PaymentStatus.PAID) {
            return PaymentVerdict.PAID;
        }
        if (session.paymentIntentId().isEmpty()) {
            // Unpaid, something to pay, and no payment to wait for: not a state Stripe produces; wait.
            return PaymentVerdict.AWAITING_PAYMENT;
        }
        return switch (intentStatus.apply(session.paymentIntentId().get())) {
            case SUCCEEDED -> PaymentVerdict.PAID;
            case FAILED -> PaymentVerdict.PAYMENT_FAILED;
            case PROCESSING, OTHER -> PaymentVerdict.AWAITING_PAYMENT;
        };
    }
}
