package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.CheckoutSessionState.PaymentStatus;
import com.marketplace.platform.orders.domain.CheckoutSessionState.SessionStatus;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.kernel.ids.SellerId;
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
        set(order, "id", Long.valueOf(id));
        return order;
    }

    /** The order as the database has it once the repository attached its session (a conditional UPDATE, not a method of Order). */
    private static Order storingSession(long id, String sessionId) {
        Order order = persistedAs(id);
        set(order, "checkoutSessionId", sessionId);
        return order;
    }

    private static Order inStatus(OrderStatus status) {
        Order order = persistedAs(42);
        set(order, "status", status);
        return order;
    }

    private static void set(Order order, String fieldName, Object value) {
        try {
            Field field = Order.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            field.set(order, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Order has no settable field " + fieldName, e);
        }
    }

    /** A completed session of {@code amountTotal} in {@code currency} whose metadata names {@code orderId} and {@code orderKey}. */
    private static CheckoutSessionState session(String sessionId, long amountTotal, String currency, Optional<String> orderId,
                                                Optional<String> orderKey) {
        return new CheckoutSessionState(sessionId, SessionStatus.COMPLETE, PaymentStatus.PAID, amountTotal, currency,
                Optional.of("pi_1"), orderId.map(Long::valueOf), orderKey, NOW.plusSeconds(1_800));
    }

    /** The session the platform created for order 42: its whole subtotal (3 x 1999), in eur, naming it. */
    private static CheckoutSessionState realSession(String sessionId) {
        return session(sessionId, 5_997, "eur", Optional.of("42"), Optional.of(REQUEST_KEY));
    }

    private static final Optional<String> SELLERS_ACCOUNT = Optional.of("acct_seller1");

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
    void anOrderIsPaidThroughTheSessionWhoseIdItStores() {
        Order order = storingSession(42, "cs_test_real");

        assertTrue(order.isPaidThrough(realSession("cs_test_real")));
    }

    @Test
    void anOrderIsNotPaidThroughASessionWhoseMetadataWasCopiedFromItsOwn() {
        Order order = storingSession(42, "cs_test_real");

        // A Direct seller reads the real session on their own account and copies its metadata onto a session for 1 cent.
        CheckoutSessionState copy = session("cs_test_copy", 1, "eur", Optional.of("42"), Optional.of(REQUEST_KEY));

        assertFalse(order.isPaidThrough(copy));
        assertFalse(order.mayAdopt(copy, SELLERS_ACCOUNT), "an order that stores its session adopts no other");
    }

    @Test
    void anOrderIsNotPaidThroughAnotherSessionEvenOneAskingTheSameAmount() {
        Order order = storingSession(42, "cs_test_real");

        assertFalse(order.isPaidThrough(realSession("cs_test_other")));
        assertFalse(order.mayAdopt(realSession("cs_test_other"), SELLERS_ACCOUNT));
    }

    @Test
    void anOrderThatStoresNoSessionIsPaidThroughNone() {
        assertFalse(persistedAs(42).isPaidThrough(realSession("cs_test_real")));
    }

    @Test
    void anOrderThatLostItsSessionIdMayAdoptASessionNamingItAndAskingItsCurrencyAndTotal() {
        assertTrue(persistedAs(42).mayAdopt(realSession("cs_test_real"), SELLERS_ACCOUNT));
    }

    @Test
    void anOrderThatLostItsSessionIdDoesNotAdoptACopyForAnotherAmount() {
        Order order = persistedAs(42);

        assertFalse(order.mayAdopt(session("cs_test_copy", 1, "eur", Optional.of("42"), Optional.of(REQUEST_KEY)), SELLERS_ACCOUNT));
        assertFalse(order.mayAdopt(session("cs_test_copy", 5_998, "eur", Optional.of("42"), Optional.of(REQUEST_KEY)), SELLERS_ACCOUNT));
    }

    @Test
    void anOrderThatLostItsSessionIdDoesNotAdoptASessionInAnotherCurrency() {
        assertFalse(persistedAs(42).mayAdopt(session("cs_test_copy", 5_997, "usd", Optional.of("42"), Optional.of(REQUEST_KEY)),
                SELLERS_ACCOUNT));
    }

    @Test
    void aDiscountedOrderAdoptsOnlyASessionAskingTheDiscountedTotal() {
        OrderPricing pricing = OrderPricing.of(new Money(1_999, EUR), 3, FeeRate.of(1_000, 30, EUR),
                Optional.of(new Discount("promo_half", new Money(2_999, EUR))));
        Order order = Order.place(new ProductId(11), "Teapot", new SellerId(5), ROUTING, pricing, REQUEST_KEY,
                BuyerToken.hashOf("buyer-token"), NOW);
        set(order, "id", 42L);

        assertTrue(order.mayAdopt(session("cs_test_real", 2_998, "eur", Optional.of("42"), Optional.of(REQUEST_KEY)), SELLERS_ACCOUNT));
        assertFalse(order.mayAdopt(session("cs_test_full", 5_997, "eur", Optional.of("42"), Optional.of(REQUEST_KEY)), SELLERS_ACCOUNT));
    }

    @Test
    void anOrderDoesNotAdoptASessionReadOnAnotherAccountThanItsPayments() {
        Order order = persistedAs(42);

        assertFalse(order.mayAdopt(realSession("cs_test_real"), Optional.of("acct_someone_else")));
        assertFalse(order.mayAdopt(realSession("cs_test_real"), Optional.empty()), "a Direct charge's session lives on the seller's account");
    }

    @Test
    void anOrderDoesNotAdoptASessionNamingItsIdWithAnotherKey() {
        assertFalse(persistedAs(42).mayAdopt(session("cs_test_real", 5_997, "eur", Optional.of("42"), Optional.of("another-key")),
                SELLERS_ACCOUNT));
    }

    @Test
    void anOrderDoesNotAdoptASessionNamingItsKeyWithAnotherId() {
        assertFalse(persistedAs(42).mayAdopt(session("cs_test_real", 5_997, "eur", Optional.of("43"), Optional.of(REQUEST_KEY)),
                SELLERS_ACCOUNT));
    }

    @Test
    void anOrderDoesNotAdoptASessionWithoutOrderMetadata() {
        Order order = persistedAs(42);

        assertFalse(order.mayAdopt(session("cs_test_real", 5_997, "eur", Optional.empty(), Optional.of(REQUEST_KEY)), SELLERS_ACCOUNT));
        assertFalse(order.mayAdopt(session("cs_test_real", 5_997, "eur", Optional.of("42"), Optional.empty()), SELLERS_ACCOUNT));
        assertFalse(order.mayAdopt(session("cs_test_real", 5_997, "eur", Optional.empty(), Optional.empty()), SELLERS_ACCOUNT));
    }

    @Test
    void anOrderNotYetPersistedAdoptsNoSession() {
        assertFalse(place().mayAdopt(realSession("cs_test_real"), SELLERS_ACCOUNT));
    }

    // Found a real bug: the metadata check once compared two boxed Longs with ==, by reference.
    @Test
    void anOrderWithALargeIdMayAdoptASessionNamingIt() {
        // Ids above 127 are not in Long's cache: the session's id and the order's are equal but distinct objects.
        Order order = persistedAs(1_000);

        assertTrue(order.mayAdopt(session("cs_test_real", 5_997, "eur", Optional.of("1000"), Optional.of(REQUEST_KEY)), SELLERS_ACCOUNT));
    }

    @Test
    void onlyAPendingOrAwaitingOrderIsUnsettled() {
        for (OrderStatus status : OrderStatus.values()) {
            boolean waiting = status == OrderStatus.PENDING || status == OrderStatus.AWAITING_PAYMENT;
            assertEquals(!waiting, inStatus(status).isSettled(), status.name());
        }
    }
}
