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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void onlyUnsettledOrdersMayBecomePaid() {
        assertEquals(EnumSet.of(PENDING, AWAITING_PAYMENT), OrderStatus.leavableFor(PAID));
    }

    @Test
    void onlyUnsettledOrdersMayFailTheirPaymentOrExpire() {
        assertEquals(EnumSet.of(PENDING, AWAITING_PAYMENT), OrderStatus.leavableFor(PAYMENT_FAILED));
        assertEquals(EnumSet.of(PENDING, AWAITING_PAYMENT), OrderStatus.leavableFor(EXPIRED));
    }

    @Test
    void onlyAPendingOrderMayStartAwaitingPayment() {
        assertEquals(EnumSet.of(PENDING), OrderStatus.leavableFor(AWAITING_PAYMENT));
    }

    @Test
    void onlyAPaidOrderMayTurnOutOutOfStock() {
        assertEquals(EnumSet.of(PAID), OrderStatus.leavableFor(PAID_OUT_OF_STOCK));
    }

    @Test
    void aRefundIsRecordedOnPaidPartiallyRefundedAndOutOfStockOrders() {
        Set<OrderStatus> leavable = OrderStatus.leavableFor(REFUNDED);

        assertEquals(EnumSet.of(PAID, PARTIALLY_REFUNDED, PAID_OUT_OF_STOCK), leavable);
        assertFalse(leavable.contains(PENDING));
        assertFalse(leavable.contains(EXPIRED));
        assertFalse(leavable.contains(DISPUTED));
    }

    @Test
    void aPartialRefundIsRecordedFromTheSameStatesAsAFullOne() {
        assertEquals(OrderStatus.leavableFor(REFUNDED), OrderStatus.leavableFor(PARTIALLY_REFUNDED));
    }

    @Test
    void aDisputeMayBeOpenedOnEveryOrderWhoseMoneyWasTakenIncludingOneOutOfStock() {
        assertEquals(EnumSet.of(PAID, PARTIALLY_REFUNDED, REFUNDED, PAID_OUT_OF_STOCK), OrderStatus.leavableFor(DISPUTED));
        assertEquals(OrderStatus.DISPUTABLE, OrderStatus.leavableFor(DISPUTED));
    }

    @Test
    void refundsMoveAPaidOrderToPartiallyRefundedThenRefunded() {
        assertEquals(PAID, PAID.withRefunded(0, 5_000));
        assertEquals(PARTIALLY_REFUNDED, PAID.withRefunded(1, 5_000));
        assertEquals(PARTIALLY_REFUNDED, PARTIALLY_REFUNDED.withRefunded(4_999, 5_000));
        assertEquals(REFUNDED, PARTIALLY_REFUNDED.withRefunded(5_000, 5_000));
        assertEquals(REFUNDED, PAID.withRefunded(5_000, 5_000));
    }

    @Test
    void anOrderPaidOutOfStockStaysSoUntilFullyRefunded() {
        assertEquals(PAID_OUT_OF_STOCK, PAID_OUT_OF_STOCK.withRefunded(0, 5_000));
        assertEquals(PAID_OUT_OF_STOCK, PAID_OUT_OF_STOCK.withRefunded(2_500, 5_000));
        assertEquals(REFUNDED, PAID_OUT_OF_STOCK.withRefunded(5_000, 5_000));
    }

    @Test
    void refundsDoNotMoveAnOrderThatIsNotPaid() {
        for (OrderStatus status : EnumSet.of(PENDING, AWAITING_PAYMENT, PAYMENT_FAILED, EXPIRED, DISPUTED)) {
            assertEquals(status, status.withRefunded(1_000, 5_000), status.name());
        }
    }

    @Test
    void aFreePaidOrderStaysPaid() {
        assertEquals(PAID, PAID.withRefunded(0, 0));
    }

    @Test
    void aWonDisputeGoesBackToTheStateBeforeMovedOnByRefunds() {
        assertEquals(PAID_OUT_OF_STOCK, OrderStatus.afterWonDispute(Optional.of(PAID_OUT_OF_STOCK), 0, 5_000));
        assertEquals(REFUNDED, OrderStatus.afterWonDispute(Optional.of(PAID_OUT_OF_STOCK), 5_000, 5_000));
        assertEquals(PAID, OrderStatus.afterWonDispute(Optional.of(PAID), 0, 5_000));
        assertEquals(PARTIALLY_REFUNDED, OrderStatus.afterWonDispute(Optional.of(PAID), 100, 5_000));
        assertEquals(REFUNDED, OrderStatus.afterWonDispute(Optional.of(REFUNDED), 5_000, 5_000));
    }

    @Test
    void aWonDisputeWithoutAKnownStateBeforeGoesBackToWhatItsRefundsMakeAPaidOrder() {
        assertEquals(PAID, OrderStatus.afterWonDispute(Optional.empty(), 0, 5_000));
        assertEquals(PARTIALLY_REFUNDED, OrderStatus.afterWonDispute(Optional.empty(), 100, 5_000));
        assertEquals(REFUNDED, OrderStatus.afterWonDispute(Optional.empty(), 5_000, 5_000));
    }

    @Test
    void nothingMovesBackToPending() {
        assertTrue(OrderStatus.leavableFor(PENDING).isEmpty());
    }

    @Test
    void anExpiredOrFailedOrderIsNeverLeftForAnyState() {
        for (OrderStatus target : OrderStatus.values()) {
            Set<OrderStatus> leavable = OrderStatus.leavableFor(target);
            assertFalse(leavable.contains(EXPIRED), "EXPIRED may be left for " + target);
            assertFalse(leavable.contains(PAYMENT_FAILED), "PAYMENT_FAILED may be left for " + target);
        }
    }

    @Test
    void onlyAPartiallyRefundedOrderMayMoveToItsOwnState() {
        // A move's conditional UPDATE must change something: only a further partial refund
        // (PARTIALLY_REFUNDED -> PARTIALLY_REFUNDED) repeats a state, each refund being a new fact.
        for (OrderStatus target : OrderStatus.values()) {
            boolean selfMove = OrderStatus.leavableFor(target).contains(target);
            assertEquals(target == PARTIALLY_REFUNDED, selfMove, "self move for " + target);
        }
    }

    @Test
    void onlyPaidAndPartiallyRefundedOrdersMayBeRefundedOnRequest() {
        assertEquals(EnumSet.of(PAID, PARTIALLY_REFUNDED), OrderStatus.REFUNDABLE);
    }
}
