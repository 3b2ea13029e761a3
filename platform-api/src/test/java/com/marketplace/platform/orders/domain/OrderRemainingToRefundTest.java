package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Remaining = total - max(refunds promised here, refunds Stripe reports, refunds recorded on the order). */
class OrderRemainingToRefundTest {

    @Test
    void whatIsLeftIsTheTotalLessTheLargestOfPromisedHereRefundedAtStripeAndRecorded() {
        Order order = StoredOrder.paid(OrderStatus.PARTIALLY_REFUNDED, 1_000).order(); // total 6000

        assertEquals(5_000, order.remainingToRefund(0, 0), "the recorded refund counts");
        assertEquals(3_500, order.remainingToRefund(2_500, 1_000), "refunds promised here count");
        assertEquals(1_800, order.remainingToRefund(1_000, 4_200), "a Dashboard refund reported by Stripe counts");
    }

    @Test
    void aRefundDoneHereAndReportedByStripeIsCountedOnce() {
        Order order = StoredOrder.paid(OrderStatus.PARTIALLY_REFUNDED, 2_000).order();

        assertEquals(4_000, order.remainingToRefund(2_000, 2_000));
    }

    @Test
    void nothingIsLeftOnceEverythingWentBackWhoeverRefundedIt() {
        Order order = StoredOrder.paid(OrderStatus.PAID, 0).order();

        assertEquals(0, order.remainingToRefund(0, 6_000));
        assertEquals(0, order.remainingToRefund(6_000, 0));
    }
}
