package com.marketplace.platform.orders.refunds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.FakeStripe;
import com.marketplace.platform.fakes.InMemoryInventory;
import com.marketplace.platform.fakes.InMemoryOrders;
import com.marketplace.platform.fakes.InMemoryOutbox;
import com.marketplace.platform.fakes.InMemoryRefundOutbox;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.notices.OrderNotices;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.RefundStatus;
import com.marketplace.platform.orders.workers.OrderSettings;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The refund use case with its ports faked, as every door calls it: the rules of what may be
 * refunded, who asked, and the three outcomes of the attempt made at once. The order is a paid
 * 3 x 20.00 EUR (6000) of seller 5, payment pi_1.
 */
class RefundsTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final ProductId TEAPOT = new ProductId(11);
    private static final Caller SELLER = Caller.seller(new SellerId(5));

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryRefundOutbox outbox = new InMemoryRefundOutbox();
    private final InMemoryInventory inventory = new InMemoryInventory().with(TEAPOT, 0);
    private final FakeStripe stripe = new FakeStripe();
    private final Refunds refunds = new Refunds(new RefundRequests(orders, stripe, new RefundPromises(orders, outbox)),
            new RefundExecutor(new RefundSteps(orders, outbox, inventory,
                    new OrderNotices(new InMemoryOutbox(), new InMemorySellerDirectory())), stripe, new RetryInFiveSeconds()), outbox);
    private final OrderId paid = paidOrder();

    private OrderId paidOrder() {
        Order order = orders.add(Order.place(TEAPOT, "Teapot", new SellerId(5), new PaymentRouting(ChargeType.DIRECT, "acct_seller1"),
                OrderPricing.of(new Money(2_000, EUR), 3, FeeRate.of(1_000, 30, EUR)), "key-1", "token-hash", Instant.now()));
        orders.apply(order.confirmPayment(6_000, Optional.of("pi_1"), Instant.now()).orElseThrow());
        return order.id();
    }

    private Order order() {
        return orders.find(paid).orElseThrow();
    }

    @Test
    void aSellersRefundOfEverythingLeftIsSentToStripeAndRecordedOnTheOrder() {
        RefundOutcome outcome = refunds.refund(paid, Optional.empty(), false, SELLER);

        assertTrue(outcome.refundedNow());
        assertEquals(6_000, outcome.refund().amount());
        assertEquals("seller:5", outcome.refund().requestedBy());
        assertEquals(List.of("pi_1 6000"), stripe.refunds());
        assertEquals(OrderStatus.REFUNDED, order().status());
    }

    @Test
    void theAdminsRefundIsRecordedAsAskedByTheirEmail() {
        RefundOutcome outcome = refunds.refund(paid, Optional.of(1_000L), false, Caller.admin("ops@shop.test"));

        assertEquals("ops@shop.test", outcome.refund().requestedBy());
    }

    @Test
    void aPartRefundLeavesTheOrderPartiallyRefunded() {
        refunds.refund(paid, Optional.of(1_000L), false, SELLER);

        assertEquals(OrderStatus.PARTIALLY_REFUNDED, order().status());
        assertEquals(1_000, order().refunded().minorUnits());
    }

    @Test
    void aRefundWithRestockPutsTheItemsBackOnTheShelf() {
        refunds.refund(paid, Optional.of(1_000L), true, SELLER);

        assertEquals(3, inventory.stockOf(TEAPOT));
        assertTrue(order().isRestocked());
    }

    @Test
    void itemsAlreadyPutBackAreRefusedASecondRestock() {
        refunds.refund(paid, Optional.of(1_000L), true, SELLER);

        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> refunds.refund(paid, Optional.of(1_000L), true, SELLER));

        assertEquals(OrderRefusal.Reason.ORDER_NOT_REFUNDABLE, refused.reason());
        assertEquals(3, inventory.stockOf(TEAPOT), "put back once");
    }

    @Test
    void moreThanIsLeftIsRefusedCountingRefundsMadeAtStripe() {
        stripe.refundedAtStripe("pi_1", 5_000);

        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> refunds.refund(paid, Optional.of(2_000L), false, SELLER));

        assertEquals(OrderRefusal.Reason.REFUND_EXCEEDS_REMAINING, refused.reason());
        assertTrue(stripe.refunds().isEmpty());
        assertTrue(outbox.all().isEmpty());
    }

    @Test
    void anAmountThatIsNotPositiveIsRefusedBeforeAnythingIsRead() {
        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> refunds.refund(paid, Optional.of(0L), false, SELLER));

        assertEquals(OrderRefusal.Reason.VALIDATION_FAILED, refused.reason());
        assertTrue(outbox.all().isEmpty());
    }

    @Test
    void anotherSellersOrderIsNotFound() {
        OrderRefusal refused = assertThrows(OrderRefusal.class,
                () -> refunds.refund(paid, Optional.empty(), false, Caller.seller(new SellerId(6))));

        assertEquals(OrderRefusal.Reason.ORDER_NOT_FOUND, refused.reason());
    }

    @Test
    void anOrderNotPaidIsNotRefundable() {
        Order pending = orders.add(Order.place(TEAPOT, "Teapot", new SellerId(5), new PaymentRouting(ChargeType.DIRECT, "acct_seller1"),
                OrderPricing.of(new Money(2_000, EUR), 1, FeeRate.of(1_000, 30, EUR)), "key-2", "token-hash", Instant.now()));

        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> refunds.refund(pending.id(), Optional.empty(), false, SELLER));

        assertEquals(OrderRefusal.Reason.ORDER_NOT_REFUNDABLE, refused.reason());
    }

    @Test
    void whenStripeDoesNotAnswerTheRefundIsQueuedAndTheOrderStaysPaid() {
        stripe.refundsFail(true);

        RefundOutcome outcome = refunds.refund(paid, Optional.empty(), false, SELLER);

        assertEquals(RefundStatus.PENDING, outcome.status());
        assertEquals(OrderStatus.PAID, order().status());
    }

    @Test
    void whenStripeRefusesTheRefundIsRecordedAsFailed() {
        stripe.refundsFail(false);

        RefundOutcome outcome = refunds.refund(paid, Optional.empty(), false, SELLER);

        assertTrue(outcome.refusedByStripe());
        assertEquals(Optional.of("Stripe refused the refund"), outcome.refund().lastError());
        assertEquals(OrderStatus.PAID, order().status());
    }

    private static final class RetryInFiveSeconds extends OrderSettings {

        @Override
        public Duration refundRetryBase() {
            return Duration.ofSeconds(5);
        }
    }
}
