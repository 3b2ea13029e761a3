package com.marketplace.platform.orders.domain;

import static com.marketplace.platform.orders.domain.OrderStatus.AWAITING_PAYMENT;
import static com.marketplace.platform.orders.domain.OrderStatus.DISPUTED;
import static com.marketplace.platform.orders.domain.OrderStatus.EXPIRED;
import static com.marketplace.platform.orders.domain.OrderStatus.PAID;
import static com.marketplace.platform.orders.domain.OrderStatus.PAID_OUT_OF_STOCK;
import static com.marketplace.platform.orders.domain.OrderStatus.PARTIALLY_REFUNDED;
import static com.marketplace.platform.orders.domain.OrderStatus.PAYMENT_FAILED;
import static com.marketplace.platform.orders.domain.OrderStatus.PENDING;
import static com.marketplace.platform.orders.domain.OrderStatus.REFUNDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.orders.domain.PaymentGateway.DisputeState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Every move an order decides, as the transition the repository applies (the states it may leave,
 * the target, the fields set), and every move it refuses. The order is 3 x 20.00 EUR (6000), fee 630.
 */
class OrderTransitionsTest {

    private static final Instant NOW = Instant.parse("2030-01-01T12:05:00Z");
    private static final OrderId ID = new OrderId(42);

    private static StoredOrder in(OrderStatus status) {
        return StoredOrder.placed().set("status", status);
    }

    private static OrderTransition move(java.util.Set<OrderStatus> from, OrderStatus to) {
        return OrderTransition.move(ID, from, to, NOW);
    }

    // ---- payment

    @Test
    void aConfirmedPaymentMarksAnUnsettledOrderPaidWithWhatStripeChargedAndTheFrozenFee() {
        OrderTransition paid = in(PENDING).order().confirmPayment(6_000, Optional.of("pi_1"), NOW).orElseThrow();

        assertEquals(move(EnumSet.of(PENDING, AWAITING_PAYMENT), PAID)
                .withPayment(new OrderTransition.Payment(6_000, 630, Optional.of("pi_1"))), paid);
    }

    @Test
    void aConfirmedPaymentOfAnOrderAwaitingItsDelayedPaymentMarksItPaid() {
        assertEquals(PAID, in(AWAITING_PAYMENT).order().confirmPayment(6_000, Optional.of("pi_1"), NOW).orElseThrow().to());
    }

    @Test
    void aFreeOrderIsPaidWithoutAFeeOrPaymentIntent() {
        OrderTransition paid = in(PENDING).order().confirmPayment(0, Optional.empty(), NOW).orElseThrow();

        assertEquals(Optional.of(new OrderTransition.Payment(0, 0, Optional.empty())), paid.payment());
    }

    @Test
    void aSettledOrderRefusesToBeMarkedPaidAgain() {
        for (OrderStatus settled : EnumSet.complementOf(EnumSet.copyOf(OrderStatus.UNSETTLED))) {
            assertEquals(Optional.empty(), in(settled).order().confirmPayment(6_000, Optional.of("pi_1"), NOW), settled.name());
        }
    }

    @Test
    void aDelayedPaymentMakesAPendingOrderWait() {
        assertEquals(Optional.of(move(EnumSet.of(PENDING), AWAITING_PAYMENT)), in(PENDING).order().awaitPayment(NOW));
    }

    @Test
    void onlyAPendingOrderStartsWaitingForAPayment() {
        for (OrderStatus other : EnumSet.complementOf(EnumSet.of(PENDING))) {
            assertEquals(Optional.empty(), in(other).order().awaitPayment(NOW), other.name());
        }
    }

    @Test
    void aFailedDelayedPaymentClosesTheOrderSayingSo() {
        assertEquals(Optional.of(move(OrderStatus.UNSETTLED, PAYMENT_FAILED).withProblem("The delayed payment failed")),
                in(AWAITING_PAYMENT).order().failPayment(NOW));
    }

    @Test
    void aSettledOrderRefusesAFailedPayment() {
        assertEquals(Optional.empty(), in(PAID).order().failPayment(NOW));
        assertEquals(Optional.empty(), in(EXPIRED).order().failPayment(NOW));
    }

    @Test
    void anExpiredSessionClosesAnUnsettledOrder() {
        assertEquals(Optional.of(move(OrderStatus.UNSETTLED, EXPIRED)), in(PENDING).order().expire(NOW));
    }

    @Test
    void givingUpOnASessionClosesTheOrderWithTheReason() {
        assertEquals(Optional.of(move(OrderStatus.UNSETTLED, EXPIRED).withProblem("Stripe refused its checkout session")),
                in(PENDING).order().expire("Stripe refused its checkout session", NOW));
    }

    @Test
    void aSettledOrderRefusesToExpire() {
        assertEquals(Optional.empty(), in(PAID).order().expire(NOW));
        assertEquals(Optional.empty(), in(PAYMENT_FAILED).order().expire("too late", NOW));
    }

    @Test
    void stockShortAfterThePaymentMovesTheJustPaidOrderOutOfStockWhateverTheCopySaid() {
        assertEquals(move(EnumSet.of(PAID), PAID_OUT_OF_STOCK).withProblem("Sold out before the payment was confirmed"),
                in(PENDING).order().soldOutAfterPayment(NOW));
    }

    // ---- refunds recorded

    @Test
    void aPartialRefundStoresTheAmountAndMakesAPaidOrderPartiallyRefunded() {
        assertEquals(Optional.of(move(EnumSet.of(PAID), PARTIALLY_REFUNDED).withRefunded(1_000)),
                StoredOrder.paid(PAID, 0).order().recordRefunds(1_000, NOW));
    }

    @Test
    void aFullRefundMakesAPartiallyRefundedOrderRefunded() {
        assertEquals(Optional.of(move(EnumSet.of(PARTIALLY_REFUNDED), REFUNDED).withRefunded(6_000)),
                StoredOrder.paid(PARTIALLY_REFUNDED, 1_000).order().recordRefunds(6_000, NOW));
    }

    @Test
    void anOutOfStockOrderStaysSoUntilFullyRefunded() {
        assertEquals(Optional.of(move(EnumSet.of(PAID_OUT_OF_STOCK), PAID_OUT_OF_STOCK).withRefunded(2_000)),
                StoredOrder.paid(PAID_OUT_OF_STOCK, 0).order().recordRefunds(2_000, NOW));
        assertEquals(REFUNDED, StoredOrder.paid(PAID_OUT_OF_STOCK, 0).order().recordRefunds(6_000, NOW).orElseThrow().to());
    }

    @Test
    void aDisputedOrderKeepsItsDisputeWhileItsRefundsAreRecorded() {
        assertEquals(Optional.of(move(EnumSet.of(DISPUTED), DISPUTED).withRefunded(6_000)),
                StoredOrder.paid(DISPUTED, 0).order().recordRefunds(6_000, NOW));
    }

    @Test
    void aRefundedAmountIsNeverLoweredNorRaisedPastWhatWasCharged() {
        assertEquals(Optional.empty(), StoredOrder.paid(PARTIALLY_REFUNDED, 3_000).order().recordRefunds(1_000, NOW));
        assertEquals(Optional.empty(), StoredOrder.paid(PARTIALLY_REFUNDED, 3_000).order().recordRefunds(6_001, NOW));
    }

    @Test
    void theStatusCatchesUpWithAnAmountAlreadyStored() {
        assertEquals(Optional.of(move(EnumSet.of(PAID), REFUNDED).withRefunded(6_000)),
                StoredOrder.paid(PAID, 6_000).order().recordRefunds(6_000, NOW));
    }

    // ---- disputes (the decision itself: OrderDisputesTest)

    @Test
    void aDisputeMoveIsAppliedOnlyFromTheStateItWasDecidedOnWithTheDisputesFields() {
        Instant dueBy = Instant.parse("2030-01-08T23:59:59Z");
        DisputeMove flagged = StoredOrder.paid(PAID, 0).order()
                .disputeMove(new DisputeState("dp_1", "needs_response", Optional.of("pi_1"), Optional.of(dueBy))).orElseThrow();

        assertEquals(move(EnumSet.of(PAID), DISPUTED)
                        .withDispute(new OrderTransition.Dispute("dp_1", "needs_response", Optional.of(dueBy), Optional.of(PAID))),
                flagged.transition(ID, NOW));
    }

    // ---- the transition itself

    @Test
    void aTransitionMustNameTheStatesItMayLeave() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> move(EnumSet.noneOf(OrderStatus.class), PENDING));
        assertTrue(refused.getMessage().contains("PENDING"));
    }

    @Test
    void aStatusOnlyMoveSetsNoOtherField() {
        OrderTransition expired = in(PENDING).order().expire(NOW).orElseThrow();

        assertEquals(Optional.empty(), expired.problem());
        assertEquals(Optional.empty(), expired.payment());
        assertEquals(Optional.empty(), expired.dispute());
        assertEquals(OptionalLong.empty(), expired.refunded());
    }
}
