package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.marketplace.platform.orders.domain.CheckoutSessionState.PaymentStatus;
import com.marketplace.platform.orders.domain.CheckoutSessionState.SessionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PaymentRuleTest {

    private static final String INTENT = "pi_123";

    /** An intent lookup that must not happen: a free or already paid session has nothing to look up. */
    private static final Function<String, PaymentIntentStatus> NEVER_ASKED =
            id -> fail("The payment intent " + id + " was looked up");

    private static CheckoutSessionState session(SessionStatus status, PaymentStatus paymentStatus, long amountTotal,
                                                Optional<String> paymentIntentId) {
        return new CheckoutSessionState("cs_test_1", status, paymentStatus, amountTotal, "eur", paymentIntentId,
                Optional.of(42L), Optional.of("key-42"), Instant.parse("2030-01-01T00:00:00Z"));
    }

    /** Answers {@code status} for any intent and records which intents were asked about. */
    private static final class RecordingIntents implements Function<String, PaymentIntentStatus> {
        private final PaymentIntentStatus status;
        private final List<String> asked = new ArrayList<>();

        RecordingIntents(PaymentIntentStatus status) {
            this.status = status;
        }

        @Override
        public PaymentIntentStatus apply(String intentId) {
            asked.add(intentId);
            return status;
        }
    }

    private static PaymentVerdict judgeUnpaidWithIntent(PaymentIntentStatus intentStatus) {
        RecordingIntents intents = new RecordingIntents(intentStatus);
        PaymentVerdict verdict = PaymentRule.judge(
                session(SessionStatus.COMPLETE, PaymentStatus.UNPAID, 2_000, Optional.of(INTENT)), intents);
        assertEquals(List.of(INTENT), intents.asked);
        return verdict;
    }

    @Test
    void anOpenSessionIsOpen() {
        assertEquals(PaymentVerdict.OPEN,
                PaymentRule.judge(session(SessionStatus.OPEN, PaymentStatus.UNPAID, 2_000, Optional.empty()), NEVER_ASKED));
    }

    @Test
    void anExpiredSessionIsExpired() {
        assertEquals(PaymentVerdict.EXPIRED,
                PaymentRule.judge(session(SessionStatus.EXPIRED, PaymentStatus.UNPAID, 2_000, Optional.empty()), NEVER_ASKED));
    }

    @Test
    void aCompletedPaidSessionIsPaidWithoutLookingUpItsPaymentIntent() {
        assertEquals(PaymentVerdict.PAID,
                PaymentRule.judge(session(SessionStatus.COMPLETE, PaymentStatus.PAID, 2_000, Optional.of(INTENT)), NEVER_ASKED));
    }

    @Test
    void aCompletedFreeSessionReportedPaidIsPaidWithoutLookingUpAPaymentIntent() {
        RecordingIntents intents = new RecordingIntents(PaymentIntentStatus.FAILED);

        PaymentVerdict verdict = PaymentRule.judge(session(SessionStatus.COMPLETE, PaymentStatus.PAID, 0, Optional.empty()), intents);

        assertEquals(PaymentVerdict.PAID, verdict);
        assertTrue(intents.asked.isEmpty(), "asked about " + intents.asked);
    }

    @Test
    void aCompletedFreeSessionReportedNoPaymentRequiredIsPaidWithoutLookingUpAPaymentIntent() {
        RecordingIntents intents = new RecordingIntents(PaymentIntentStatus.FAILED);

        PaymentVerdict verdict = PaymentRule.judge(
                session(SessionStatus.COMPLETE, PaymentStatus.NO_PAYMENT_REQUIRED, 0, Optional.empty()), intents);

        assertEquals(PaymentVerdict.PAID, verdict);
        assertTrue(intents.asked.isEmpty(), "asked about " + intents.asked);
    }

    @Test
    void aCompletedUnpaidSessionWhoseIntentIsProcessingAwaitsPayment() {
        assertEquals(PaymentVerdict.AWAITING_PAYMENT, judgeUnpaidWithIntent(PaymentIntentStatus.PROCESSING));
    }

    @Test
    void aCompletedUnpaidSessionWhoseIntentSucceededIsPaidAlthoughTheSessionLags() {
        assertEquals(PaymentVerdict.PAID, judgeUnpaidWithIntent(PaymentIntentStatus.SUCCEEDED));
    }

    @Test
    void aCompletedUnpaidSessionWhoseIntentFailedIsAFailedPayment() {
        assertEquals(PaymentVerdict.PAYMENT_FAILED, judgeUnpaidWithIntent(PaymentIntentStatus.FAILED));
    }

    @Test
    void aCompletedUnpaidSessionWhoseIntentIsInAnyOtherStateAwaitsPayment() {
        assertEquals(PaymentVerdict.AWAITING_PAYMENT, judgeUnpaidWithIntent(PaymentIntentStatus.OTHER));
    }

    @Test
    void noPaymentRequiredWithAPositiveTotalAndAnIntentIsNotTreatedAsFreeButAsksTheIntent() {
        RecordingIntents intents = new RecordingIntents(PaymentIntentStatus.FAILED);

        PaymentVerdict verdict = PaymentRule.judge(
                session(SessionStatus.COMPLETE, PaymentStatus.NO_PAYMENT_REQUIRED, 2_000, Optional.of(INTENT)), intents);

        assertEquals(List.of(INTENT), intents.asked);
        assertEquals(PaymentVerdict.PAYMENT_FAILED, verdict);
    }

    @Test
    void aPaidSessionWithAPositiveTotalIsPaidWithoutAnIntentLookup() {
        RecordingIntents intents = new RecordingIntents(PaymentIntentStatus.FAILED);

        PaymentVerdict verdict = PaymentRule.judge(
                session(SessionStatus.COMPLETE, PaymentStatus.PAID, 5_997, Optional.of(INTENT)), intents);

        assertEquals(PaymentVerdict.PAID, verdict);
        assertTrue(intents.asked.isEmpty(), "asked about " + intents.asked);
    }

    @Test
    void aCompletedUnpaidSessionWithSomethingToPayButNoIntentAwaitsPaymentWithoutALookup() {
        assertEquals(PaymentVerdict.AWAITING_PAYMENT,
                PaymentRule.judge(session(SessionStatus.COMPLETE, PaymentStatus.UNPAID, 2_000, Optional.empty()), NEVER_ASKED));
    }
}
