package com.marketplace.platform.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A message's data is what its template shows: card numbers and secrets are masked before they reach the outbox. */
class NewNotificationTest {

    private static NewNotification withData(String value) {
        return new NewNotification(NotificationKind.ORDER_RECEIPT, "buyer@example.test", "order_1", Map.of("note", value));
    }

    @Test
    void ordinaryDataIsKept() {
        assertEquals("Teapot × 3, 60.00 EUR, order 1234567", withData("Teapot × 3, 60.00 EUR, order 1234567").data().get("note"));
    }

    @Test
    void aCardNumberIsMasked() {
        assertEquals("paid with [hidden]", withData("paid with 4242 4242 4242 4242").data().get("note"));
        assertEquals("Serial [hidden]", withData("Serial 4000000000003220").data().get("note"));
    }

    @Test
    void aStripeSecretOrSigningSecretIsMasked() {
        assertEquals("key [hidden], and [hidden]", withData("key sk_test_51abcdef, and whsec_sandbox_platform").data().get("note"));
    }

    @Test
    void aMessageNeedsAnAddress() {
        assertThrows(IllegalArgumentException.class,
                () -> new NewNotification(NotificationKind.ORDER_RECEIPT, "nobody", "order_1", Map.of()));
    }
}
