package com.marketplace.platform.fakes;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.CheckoutSessionState.PaymentStatus;
import com.marketplace.platform.orders.domain.CheckoutSessionState.SessionStatus;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentIntentStatus;
import com.marketplace.platform.orders.domain.PaymentRouting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe as the orders see it, scripted by the test: the sessions it holds, what it answers to a
 * refund (done, no answer, refused), and every call that changes something, to assert on.
 */
public final class FakeStripe implements PaymentGateway {

    private static final Instant EXPIRES = Instant.parse("2030-01-01T13:00:00Z");

    private final Map<String, CheckoutSessionState> sessions = new HashMap<>();
    private final Map<String, Long> refundedOf = new HashMap<>();
    private final List<String> refunds = new ArrayList<>();
    private final List<String> sessionReads = new ArrayList<>();
    private Optional<GatewayFailure> refundFailure = Optional.empty();
    private int nextSession = 1;

    /** A session Stripe holds for an order, completed and paid {@code amountTotal} by {@code paymentIntent}. */
    public static CheckoutSessionState paidSession(String sessionId, long amountTotal, String paymentIntent) {
        return new CheckoutSessionState(sessionId, SessionStatus.COMPLETE, PaymentStatus.PAID, amountTotal, "eur",
                Optional.of(paymentIntent), Optional.empty(), Optional.empty(), EXPIRES);
    }

    /** A paid session whose buyer gave {@code email} on Stripe's page ({@code customer_details.email}). */
    public static CheckoutSessionState paidSessionOf(String email, String sessionId, long amountTotal, String paymentIntent) {
        return new CheckoutSessionState(sessionId, SessionStatus.COMPLETE, PaymentStatus.PAID, amountTotal, "eur",
                Optional.of(paymentIntent), Optional.empty(), Optional.empty(), EXPIRES, Optional.of(email));
    }

    public static CheckoutSessionState sessionIn(String sessionId, SessionStatus status, PaymentStatus payment, long amountTotal) {
        return new CheckoutSessionState(sessionId, status, payment, amountTotal, "eur", Optional.empty(), Optional.empty(),
                Optional.empty(), EXPIRES);
    }

    public FakeStripe holding(CheckoutSessionState session) {
        sessions.put(session.sessionId(), session);
        return this;
    }

    /** Every refund from now on fails so: {@code transient} as when Stripe does not answer, else as a refusal. */
    public FakeStripe refundsFail(boolean isTransient) {
        refundFailure = Optional.of(new GatewayFailure(isTransient ? "Stripe could not be reached" : "Stripe refused the refund",
                isTransient, null));
        return this;
    }

    /** What Stripe reports as refunded on a payment, whoever refunded it (the Dashboard too). */
    public FakeStripe refundedAtStripe(String paymentIntent, long amount) {
        refundedOf.put(paymentIntent, amount);
        return this;
    }

    /** The refunds sent: "payment intent amount". */
    public List<String> refunds() {
        return List.copyOf(refunds);
    }

    /** The sessions read, by id. */
    public List<String> sessionReads() {
        return List.copyOf(sessionReads);
    }

    @Override
    public CreatedSession createSession(NewSession session) {
        String id = "cs_test_" + nextSession++;
        long total = session.pricing().total().minorUnits();
        sessions.put(id, sessionIn(id, SessionStatus.OPEN, PaymentStatus.UNPAID, total));
        return new CreatedSession(id, "https://checkout.stripe.test/" + id, EXPIRES, total);
    }

    @Override
    public CheckoutSessionState session(Optional<String> requestAccount, String sessionId) {
        sessionReads.add(sessionId);
        return Optional.ofNullable(sessions.get(sessionId)).orElseThrow(() -> new GatewayFailure("No such session " + sessionId, false, null));
    }

    @Override
    public PaymentIntentStatus paymentIntentStatus(PaymentRouting routing, String paymentIntentId) {
        return PaymentIntentStatus.PROCESSING;
    }

    @Override
    public CheckoutSessionState expireSession(PaymentRouting routing, String sessionId, String idempotencyKey) {
        CheckoutSessionState open = sessions.get(sessionId);
        CheckoutSessionState expired = sessionIn(sessionId, SessionStatus.EXPIRED, PaymentStatus.UNPAID, open.amountTotal());
        sessions.put(sessionId, expired);
        return expired;
    }

    @Override
    public String refund(PaymentRouting routing, String paymentIntentId, Money amount, String idempotencyKey) {
        if (refundFailure.isPresent()) {
            throw refundFailure.get();
        }
        refunds.add(paymentIntentId + " " + amount.minorUnits());
        refundedOf.merge(paymentIntentId, amount.minorUnits(), Long::sum);
        return "re_" + refunds.size();
    }

    @Override
    public ChargeRefunds chargeRefunds(Optional<String> requestAccount, String chargeId) {
        throw new AssertionError("not a charge event");
    }

    @Override
    public ChargeRefunds paymentRefunds(PaymentRouting routing, String paymentIntentId) {
        return new ChargeRefunds(paymentIntentId, refundedOf.getOrDefault(paymentIntentId, 0L));
    }

    @Override
    public DisputeState dispute(Optional<String> requestAccount, String disputeId) {
        throw new AssertionError("not a dispute event");
    }

    @Override
    public PaymentIntentOrder paymentIntentOrder(Optional<String> requestAccount, String paymentIntentId) {
        return new PaymentIntentOrder(paymentIntentId, Optional.empty(), Optional.empty());
    }

    @Override
    public List<DisputeState> paymentDisputes(PaymentRouting routing, String paymentIntentId) {
        return List.of();
    }
}
