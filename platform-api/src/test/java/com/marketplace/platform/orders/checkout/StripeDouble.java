package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.CheckoutSessionState.PaymentStatus;
import com.marketplace.platform.orders.domain.CheckoutSessionState.SessionStatus;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentIntentStatus;
import com.marketplace.platform.orders.domain.PaymentRouting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Stripe as a checkout sees it, in memory: it makes the session it is asked for, with the total
 * the order expects unless told to answer another ({@link #answerTotal}), and records expiries.
 * Nothing else of a payment happens during a checkout, so the other calls fail the test.
 */
final class StripeDouble implements PaymentGateway {

    final List<NewSession> created = new ArrayList<>();
    final List<String> expired = new ArrayList<>();
    private OptionalLong answerTotal = OptionalLong.empty();

    /** Stripe's session will ask this total, whatever the order expects (a discount computed another way). */
    void answerTotal(long amountTotal) {
        answerTotal = OptionalLong.of(amountTotal);
    }

    @Override
    public CreatedSession createSession(NewSession session) {
        created.add(session);
        return new CreatedSession("cs_test_double", "https://checkout.stripe.test/cs_test_double", session.expiresAt(),
                answerTotal.orElse(session.pricing().total().minorUnits()));
    }

    @Override
    public CheckoutSessionState expireSession(PaymentRouting routing, String sessionId, String idempotencyKey) {
        expired.add(sessionId + " with key " + idempotencyKey);
        return new CheckoutSessionState(sessionId, SessionStatus.EXPIRED, PaymentStatus.UNPAID, 0, "eur", Optional.empty(),
                Optional.empty(), Optional.empty(), java.time.Instant.EPOCH);
    }

    @Override
    public CheckoutSessionState session(Optional<String> requestAccount, String sessionId) {
        throw new AssertionError("a checkout does not ask Stripe for this");
    }

    @Override
    public PaymentIntentStatus paymentIntentStatus(PaymentRouting routing, String paymentIntentId) {
        throw new AssertionError("a checkout does not ask Stripe for this");
    }

    @Override
    public String refund(PaymentRouting routing, String paymentIntentId, Money amount, String idempotencyKey) {
        throw new AssertionError("a checkout does not ask Stripe for this");
    }

    @Override
    public ChargeRefunds chargeRefunds(Optional<String> requestAccount, String chargeId) {
        throw new AssertionError("a checkout does not ask Stripe for this");
    }

    @Override
    public ChargeRefunds paymentRefunds(PaymentRouting routing, String paymentIntentId) {
        throw new AssertionError("a checkout does not ask Stripe for this");
    }

    @Override
    public DisputeState dispute(Optional<String> requestAccount, String disputeId) {
        throw new AssertionError("a checkout does not ask Stripe for this");
    }

    @Override
    public PaymentIntentOrder paymentIntentOrder(Optional<String> requestAccount, String paymentIntentId) {
        throw new AssertionError("a checkout does not ask Stripe for this");
    }

    @Override
    public List<DisputeState> paymentDisputes(PaymentRouting routing, String paymentIntentId) {
        throw new AssertionError("a checkout does not ask Stripe for this");
    }
}
