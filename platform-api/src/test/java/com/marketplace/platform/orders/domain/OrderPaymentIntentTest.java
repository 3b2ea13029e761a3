package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.orders.domain.PaymentGateway.PaymentIntentOrder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A payment intent names an order by the metadata checkout wrote on it: the order's id and its key. */
class OrderPaymentIntentTest {

    private final Order order = StoredOrder.placed().order(); // order 42

    @Test
    void aPaymentIntentCarryingTheOrdersIdAndKeyNamesIt() {
        assertTrue(order.isNamedByPaymentIntent(new PaymentIntentOrder("pi_1", Optional.of(42L), Optional.of(StoredOrder.REQUEST_KEY))));
    }

    @Test
    void aPaymentIntentWithAnotherKeyOrIdNamesAnotherOrder() {
        assertFalse(order.isNamedByPaymentIntent(new PaymentIntentOrder("pi_1", Optional.of(42L), Optional.of("another-key"))));
        assertFalse(order.isNamedByPaymentIntent(new PaymentIntentOrder("pi_1", Optional.of(43L), Optional.of(StoredOrder.REQUEST_KEY))));
    }

    @Test
    void aPaymentIntentWithoutOrderMetadataNamesNoOrder() {
        assertFalse(order.isNamedByPaymentIntent(new PaymentIntentOrder("pi_1", Optional.empty(), Optional.empty())));
        assertFalse(order.isNamedByPaymentIntent(new PaymentIntentOrder("pi_1", Optional.of(42L), Optional.empty())));
    }

    // Found a real bug once in the session check: two boxed Longs compared with ==, by reference.
    @Test
    void anOrderWithALargeIdIsNamedByItsPaymentIntent() {
        Order large = StoredOrder.placed().set("id", Long.valueOf(1_000)).order();

        assertTrue(large.isNamedByPaymentIntent(new PaymentIntentOrder("pi_1", Optional.of(Long.valueOf(1_000)),
                Optional.of(StoredOrder.REQUEST_KEY))));
    }
}
