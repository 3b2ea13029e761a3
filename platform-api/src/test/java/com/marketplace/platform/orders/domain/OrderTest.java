package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.money.CurrencyCode;
import com.marketplace.platform.money.Money;
import com.marketplace.platform.orders.domain.CheckoutSessionState.PaymentStatus;
import com.marketplace.platform.orders.domain.CheckoutSessionState.SessionStatus;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.SellerId;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    private static final String REQUEST_KEY = "5f0c7a4e-2b7d-4c1e-9a55-0d6f3c2b1a90";
    private static final PaymentRouting ROUTING = new PaymentRouting(ChargeType.DIRECT, "acct_seller1");
    private static final OrderPricing PRICING = OrderPricing.of(new Money(1_999, EUR), 3, FeeRate.of(1_000, 30, EUR));

    private static Order place() {
        return Order.place(new ProductId(11), "Teapot", new SellerId(5), ROUTING, PRICING, REQUEST_KEY,
                BuyerToken.hashOf("buyer-token"), NOW);
    }

    /**
     * An order placed in memory has no id until the database assigns one (IDENTITY), and Order has
     * no way to set it outside JPA, so this sets the private {@code id} field by reflection, as
     * Hibernate would. {@code id} is boxed as Hibernate boxes it: a Long of its own.
     */
    private static Order persistedAs(long id) {
        Order order = place();
        try {
            Field field = Order.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(order, Long.valueOf(id));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Order has no settable id field", e);
        }
        return order;
    }

    /** A completed session whose metadata names {@code orderId} and {@code orderKey} (the gateway parses the id with Long::valueOf). */
    private static CheckoutSessionState sessionNaming(Optional<String> orderId, Optional<String> orderKey) {
        return new CheckoutSessionState("cs_test_1", SessionStatus.COMPLETE, PaymentStatus.PAID, 5_997, "eur",
                Optional.of("pi_1"), orderId.map(Long::valueOf), orderKey, NOW.plusSeconds(1_800));
    }

    @Test
    void aPlacedOrderFreezesThePricingItWasGiven() {
        Order order = place();

        assertEquals(PRICING, order.pricing());
        assertEquals(new Money(5_997, EUR), order.subtotal());
        assertEquals(new Money(630, EUR), order.applicationFee());
        assertEquals(FeeRate.of(1_000, 30, EUR), order.feeRate());
    }

    @Test
    void aPlacedOrderIsPendingWithNothingPaidYet() {
        Order order = place();

        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(order.subtotal(), order.total());
        assertEquals(new Money(0, EUR), order.refunded());
        assertFalse(order.paidAt().isPresent());
        assertFalse(order.checkoutSessionId().isPresent());
        assertFalse(order.paymentIntentId().isPresent());
        assertFalse(order.isRestocked());
    }

    @Test
    void aPlacedOrderKeepsItsRoutingKeysAndParties() {
        Order order = place();

        assertEquals(ROUTING, order.routing());
        assertEquals(REQUEST_KEY, order.requestKey());
        assertEquals(BuyerToken.hashOf("buyer-token"), order.buyerTokenHash());
        assertEquals(new SellerId(5), order.sellerId());
        assertEquals(new ProductId(11), order.productId());
        assertEquals("Teapot", order.productName());
        assertEquals(NOW, order.createdAt());
        assertEquals(NOW, order.updatedAt());
    }

    @Test
    void aDiscountedOrderExpectsTheSubtotalLessTheDiscountAndKeepsTheCodeAndTheFeeOnWhatIsPaid() {
        Discount half = new Discount("promo_half", new Money(2_999, EUR));
        OrderPricing pricing = OrderPricing.of(new Money(1_999, EUR), 3, FeeRate.of(1_000, 30, EUR), Optional.of(half));

        Order order = Order.place(new ProductId(11), "Teapot", new SellerId(5), ROUTING, pricing, REQUEST_KEY,
                BuyerToken.hashOf("buyer-token"), NOW);

        assertEquals(new Money(5_997, EUR), order.subtotal());
        assertEquals(new Money(2_999, EUR), order.discountAmount());
        assertEquals(new Money(2_998, EUR), order.expectedTotal());
        assertEquals(new Money(2_998, EUR), order.total(), "what the buyer will pay, until Stripe says what it charged");
        assertEquals(new Money(330, EUR), order.applicationFee(), "10 % of 2998 (299.8 -> 300) + 30");
        assertEquals(Optional.of("promo_half"), order.promotionCodeId());
        assertEquals(pricing, order.pricing(), "the session is created again from the order alone, identical");
    }

    @Test
    void anOrderIsNamedByASessionCarryingBothItsIdAndItsKey() {
        Order order = persistedAs(42);

        assertTrue(order.isNamedBy(sessionNaming(Optional.of("42"), Optional.of(REQUEST_KEY))));
    }

    @Test
    void anOrderIsNotNamedByASessionCarryingItsIdButAnotherKey() {
        Order order = persistedAs(42);

        assertFalse(order.isNamedBy(sessionNaming(Optional.of("42"), Optional.of("another-key"))));
    }

    @Test
    void anOrderIsNotNamedByASessionCarryingItsKeyButAnotherId() {
        Order order = persistedAs(42);

        assertFalse(order.isNamedBy(sessionNaming(Optional.of("43"), Optional.of(REQUEST_KEY))));
    }

    @Test
    void anOrderIsNotNamedByASessionWithoutOrderMetadata() {
        Order order = persistedAs(42);

        assertFalse(order.isNamedBy(sessionNaming(Optional.empty(), Optional.of(REQUEST_KEY))));
        assertFalse(order.isNamedBy(sessionNaming(Optional.of("42"), Optional.empty())));
        assertFalse(order.isNamedBy(sessionNaming(Optional.empty(), Optional.empty())));
    }

    @Test
    void anOrderNotYetPersistedIsNamedByNoSession() {
        assertFalse(place().isNamedBy(sessionNaming(Optional.of("42"), Optional.of(REQUEST_KEY))));
    }

    // Found a real bug: isNamedBy once compared two boxed Longs with ==, by reference.
    @Test
    void anOrderWithALargeIdIsNamedByASessionCarryingBothItsIdAndItsKey() {
        // Ids above 127 are not in Long's cache: the session's id and the order's are equal but distinct objects.
        Order order = persistedAs(1_000);

        assertTrue(order.isNamedBy(sessionNaming(Optional.of("1000"), Optional.of(REQUEST_KEY))));
    }
}
