package com.marketplace.platform.orders.domain;

import static com.marketplace.platform.orders.domain.OrderStatus.DISPUTED;
import static com.marketplace.platform.orders.domain.OrderStatus.PAID;
import static com.marketplace.platform.orders.domain.OrderStatus.PAID_OUT_OF_STOCK;
import static com.marketplace.platform.orders.domain.OrderStatus.PARTIALLY_REFUNDED;
import static com.marketplace.platform.orders.domain.OrderStatus.REFUNDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.orders.domain.PaymentGateway.DisputeState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a dispute of an order's charge, as Stripe reports it now, moves the order ({@link Order#disputeMove}). */
class OrderDisputesTest {

    private static final Instant DUE_BY = Instant.parse("2030-01-08T23:59:59Z");

    private static DisputeState dispute(String id, String status) {
        return new DisputeState(id, status, Optional.of("pi_1"), Optional.of(DUE_BY));
    }

    private static DisputeMove moveOf(StoredOrder order, DisputeState dispute) {
        return order.order().disputeMove(dispute).orElseThrow(() -> new AssertionError("no move for " + dispute));
    }

    @Test
    void anOpenDisputeFlagsAPaidOrderAndRemembersItWasPaid() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID, 0), dispute("dp_1", "needs_response"));

        assertEquals(new DisputeMove(PAID, DISPUTED, "dp_1", "needs_response", Optional.of(DUE_BY), Optional.of(PAID)), move);
        assertTrue(move.flags());
    }

    @Test
    void anOpenDisputeFlagsAnOrderPaidAfterItsStockRanOut() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID_OUT_OF_STOCK, 0), dispute("dp_1", "needs_response"));

        assertEquals(DISPUTED, move.to());
        assertEquals(Optional.of(PAID_OUT_OF_STOCK), move.statusBeforeDispute());
    }

    @Test
    void anOpenDisputeFlagsPartiallyRefundedAndRefundedOrdersToo() {
        assertEquals(Optional.of(PARTIALLY_REFUNDED), moveOf(StoredOrder.paid(PARTIALLY_REFUNDED, 1_000), dispute("dp_1", "needs_response"))
                .statusBeforeDispute());
        assertEquals(Optional.of(REFUNDED), moveOf(StoredOrder.paid(REFUNDED, 6_000), dispute("dp_1", "needs_response"))
                .statusBeforeDispute());
    }

    @Test
    void anOrderWhoseMoneyWasNeverTakenIsNotFlagged() {
        for (OrderStatus unpaid : EnumSet.of(OrderStatus.PENDING, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAYMENT_FAILED, OrderStatus.EXPIRED)) {
            Order order = StoredOrder.placed().set("status", unpaid).order();

            assertEquals(Optional.empty(), order.disputeMove(dispute("dp_1", "needs_response")), unpaid.name());
        }
    }

    @Test
    void aWonDisputePutsAPaidOrderBackToPaid() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID, 0).disputed("dp_1", "needs_response", PAID), dispute("dp_1", "won"));

        assertEquals(new DisputeMove(DISPUTED, PAID, "dp_1", "won", Optional.of(DUE_BY), Optional.of(PAID)), move);
        assertTrue(move.releases());
    }

    @Test
    void aWonDisputePutsAnOutOfStockOrderBackOutOfStockNotPaid() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID, 0).disputed("dp_1", "needs_response", PAID_OUT_OF_STOCK), dispute("dp_1", "won"));

        assertEquals(PAID_OUT_OF_STOCK, move.to());
    }

    @Test
    void aWonDisputePutsAnOutOfStockOrderRefundedMeanwhileToRefunded() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID, 6_000).disputed("dp_1", "needs_response", PAID_OUT_OF_STOCK),
                dispute("dp_1", "won"));

        assertEquals(REFUNDED, move.to());
    }

    @Test
    void aWonDisputePutsAPaidOrderPartlyRefundedMeanwhileToPartiallyRefunded() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID, 1_500).disputed("dp_1", "needs_response", PAID), dispute("dp_1", "won"));

        assertEquals(PARTIALLY_REFUNDED, move.to());
    }

    @Test
    void aWonDisputeOfAnOrderDisputedBeforeItsStateWasKeptGoesBackByItsRefunds() {
        StoredOrder legacy = StoredOrder.paid(PAID, 2_000).disputed("dp_1", "needs_response", null);

        assertEquals(PARTIALLY_REFUNDED, moveOf(legacy, dispute("dp_1", "won")).to());
    }

    @Test
    void anInquiryClosedWithoutAChargebackCountsAsWon() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID, 0).disputed("dp_1", "warning_needs_response", PAID),
                dispute("dp_1", "warning_closed"));

        assertEquals(PAID, move.to());
    }

    @Test
    void aLostDisputeLeavesTheOrderDisputedWithTheOutcome() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID, 0).disputed("dp_1", "needs_response", PAID_OUT_OF_STOCK), dispute("dp_1", "lost"));

        assertEquals(new DisputeMove(DISPUTED, DISPUTED, "dp_1", "lost", Optional.of(DUE_BY), Optional.of(PAID_OUT_OF_STOCK)), move);
        assertFalse(move.flags());
        assertFalse(move.releases());
    }

    @Test
    void aDisputeLostBeforeThePlatformSawItOpenStillFlagsTheOrder() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID_OUT_OF_STOCK, 0), dispute("dp_1", "lost"));

        assertEquals(DISPUTED, move.to());
        assertEquals(Optional.of(PAID_OUT_OF_STOCK), move.statusBeforeDispute());
    }

    @Test
    void aDisputeWonBeforeThePlatformSawItOpenIsRecordedAndLeavesTheOrderAsItIs() {
        DisputeMove move = moveOf(StoredOrder.paid(PARTIALLY_REFUNDED, 500), dispute("dp_1", "won"));

        assertEquals(PARTIALLY_REFUNDED, move.from());
        assertEquals(PARTIALLY_REFUNDED, move.to());
        assertEquals("won", move.disputeStatus());
    }

    @Test
    void theSameDisputeReportedAgainChangesNothing() {
        StoredOrder open = StoredOrder.paid(PAID, 0).disputed("dp_1", "needs_response", PAID).set("disputeEvidenceDueBy", DUE_BY);
        StoredOrder wonAndBack = StoredOrder.paid(PAID, 0).set("disputeId", "dp_1").set("disputeStatus", "won")
                .set("statusBeforeDispute", PAID).set("disputeEvidenceDueBy", DUE_BY);

        assertEquals(Optional.empty(), open.order().disputeMove(dispute("dp_1", "needs_response")));
        assertEquals(Optional.empty(), wonAndBack.order().disputeMove(dispute("dp_1", "won")));
    }

    @Test
    void aNewEvidenceDeadlineOfAnOpenDisputeIsRecorded() {
        StoredOrder open = StoredOrder.paid(PAID, 0).disputed("dp_1", "needs_response", PAID).set("disputeEvidenceDueBy", DUE_BY);
        Instant later = DUE_BY.plusSeconds(86_400);

        DisputeMove move = moveOf(open, new DisputeState("dp_1", "under_review", Optional.of("pi_1"), Optional.of(later)));

        assertEquals(new DisputeMove(DISPUTED, DISPUTED, "dp_1", "under_review", Optional.of(later), Optional.of(PAID)), move);
    }

    @Test
    void anotherDisputeWhileOneIsOpenIsLeftForAnAdmin() {
        StoredOrder open = StoredOrder.paid(PAID, 0).disputed("dp_1", "needs_response", PAID);

        assertEquals(Optional.empty(), open.order().disputeMove(dispute("dp_2", "needs_response")));
    }

    @Test
    void aMoveToAnOpenDisputeLeavesItsClosingTimeUnset() {
        DisputeMove move = moveOf(StoredOrder.paid(PAID, 0), dispute("dp_1", "needs_response"));

        assertFalse(move.transition(new OrderId(1), DUE_BY).dispute().orElseThrow().closed());
    }

    @Test
    void aMoveToALostWonOrWarningClosedDisputeRecordsWhenItClosed() {
        for (String closed : new String[] {"lost", "won", "warning_closed"}) {
            StoredOrder open = StoredOrder.paid(PAID, 0).disputed("dp_1", "needs_response", PAID);

            DisputeMove move = moveOf(open, dispute("dp_1", closed));

            assertTrue(move.transition(new OrderId(1), DUE_BY).dispute().orElseThrow().closed(), closed);
        }
    }
}
