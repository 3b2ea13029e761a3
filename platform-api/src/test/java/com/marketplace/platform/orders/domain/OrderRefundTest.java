package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderRefundTest {

    private static final OrderId ORDER = new OrderId(7);
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    private static OrderRefund owed(long amount) {
        return OrderRefund.owed(ORDER, amount, RefundReason.REQUESTED, true, "admin", NOW, NOW.plusSeconds(30));
    }

    @Test
    void aRefundOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> owed(0));
    }

    @Test
    void aRefundOfANegativeAmountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> owed(-1));
    }

    @Test
    void anOwedRefundIsPendingWithWhatItWasAskedFor() {
        OrderRefund refund = owed(1_500);

        assertEquals(RefundStatus.PENDING, refund.status());
        assertEquals(ORDER, refund.orderId());
        assertEquals(1_500, refund.amount());
        assertEquals(RefundReason.REQUESTED, refund.reason());
        assertTrue(refund.restock());
        assertEquals("admin", refund.requestedBy());
        assertEquals(NOW, refund.createdAt());
        assertEquals(0, refund.attempts());
        assertFalse(refund.stripeRefundId().isPresent());
        assertFalse(refund.lastError().isPresent());
    }

    @Test
    void theSmallestPositiveAmountIsOwed() {
        assertEquals(1, owed(1).amount());
    }

    @Test
    void eachRefundHasItsOwnRandomRequestKey() {
        OrderRefund first = owed(1_500);
        OrderRefund second = owed(1_500);

        assertNotEquals(first.requestKey(), second.requestKey());
        // A UUID fits the 36-character request_key column.
        assertEquals(first.requestKey(), UUID.fromString(first.requestKey()).toString());
        assertEquals(36, first.requestKey().length());
    }
}
