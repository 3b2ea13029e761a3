package com.marketplace.platform.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A message's data is what its template shows: card numbers and secrets are refused before they reach the outbox. */
class NewNotificationTest {

    private static NewNotification withData(String value) {
        return new NewNotification(NotificationKind.ORDER_RECEIPT, "buyer@example.test", "order_1", Map.of("note", value));
    }

    @Test
    void ordinaryDataIsKept() {
        assertEquals("Teapot × 3, 60.00 EUR, order 1234567", withData("Teapot × 3, 60.00 EUR, order 1234567").data().get("note"));
    }

    @Test
    void aCardNumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> withData("paid with 4242 4242 4242 4242"));
        assertThrows(IllegalArgumentException.class, () -> withData("4000000000003220"));
    }

    @Test
    void aStripeSecretOrSigningSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> withData("key sk_test_51abcdef"));
        assertThrows(IllegalArgumentException.class, () -> withData("whsec_sandbox_platform"));
    }

    @Test
    void aMessageNeedsAnAddress() {
        assertThrows(IllegalArgumentException.class,
                () -> new NewNotification(NotificationKind.ORDER_RECEIPT, "nobody", "order_1", Map.of()));
    }
}
