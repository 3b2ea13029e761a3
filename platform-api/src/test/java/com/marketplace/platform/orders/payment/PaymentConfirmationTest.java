package com.marketplace.platform.orders.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.FakeStripe;
import com.marketplace.platform.fakes.InMemoryInventory;
import com.marketplace.platform.fakes.InMemoryOrders;
import com.marketplace.platform.fakes.InMemoryOutbox;
import com.marketplace.platform.fakes.InMemoryRefundOutbox;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.chargeevents.ChargeCatchUp;
import com.marketplace.platform.orders.checkout.CheckoutSessions;
import com.marketplace.platform.orders.disputes.DisputeSteps;
import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.CheckoutSessionState.PaymentStatus;
import com.marketplace.platform.orders.domain.CheckoutSessionState.SessionStatus;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.notices.OrderNotices;
import com.marketplace.platform.orders.domain.OrderBuyer;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.RefundReason;
import com.marketplace.platform.orders.refunds.RefundSteps;
import com.marketplace.platform.orders.workers.OrderSettings;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The payment confirmation with its ports faked: what Stripe's session says of an order's payment
 * moves the order, takes its stock once, and owes the buyer a refund when the stock ran out. The
 * order is 3 x 20.00 EUR (6000) with a fee of 10 % + 0.30 (630), paid on the seller's account.
 */
class PaymentConfirmationTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final ProductId TEAPOT = new ProductId(11);
    private static final String SESSION = "cs_test_order";

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryRefundOutbox refunds = new InMemoryRefundOutbox();
    private final InMemoryInventory inventory = new InMemoryInventory().with(TEAPOT, 5);
    private final FakeStripe stripe = new FakeStripe();
    private final InMemoryOutbox notifications = new InMemoryOutbox();
    private final OrderNotices notices = new OrderNotices(notifications, new InMemorySellerDirectory().active(new SellerId(5), ChargeType.DESTINATION, "acct_seller"));
    private final PaymentTransitions transitions = new PaymentTransitions(orders, refunds, inventory, notices);
    private final PaymentConfirmation confirmation = confirmation();
    private final Order order = placedWithSession();

    private PaymentConfirmation confirmation() {
        PaymentConfirmation built = new PaymentConfirmation(orders, stripe, transitions,
                new CheckoutSessions(stripe, transitions, new OrderSettings() { }));
        built.pickUpChargeHistoryWith(new ChargeCatchUp(stripe, new RefundSteps(orders, refunds, inventory, notices),
                new DisputeSteps(orders, notices)));
        return built;
    }

    private Order placedWithSession() {
        Order placed = orders.add(Order.place(TEAPOT, "Teapot", new SellerId(5), new PaymentRouting(ChargeType.DIRECT, "acct_seller1"),
                OrderPricing.of(new Money(2_000, EUR), 3, FeeRate.of(1_000, 30, EUR)), "key-1", "token-hash",
                Instant.parse("2030-01-01T12:00:00Z")));
        orders.attachSession(placed.id(), SESSION, "https://checkout.stripe.test/" + SESSION, Instant.parse("2030-01-01T13:00:00Z"),
                Instant.parse("2030-01-01T12:00:01Z"));
        return placed;
    }

    @Test
    void aPaidSessionMarksTheOrderPaidWithWhatStripeChargedAndTakesItsStock() {
        stripe.holding(FakeStripe.paidSession(SESSION, 6_000, "pi_1"));

        Order paid = confirmation.confirm(order);

        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals(Optional.of("pi_1"), paid.paymentIntentId());
        assertEquals(630, paid.applicationFee().minorUnits());
        assertEquals(2, inventory.stockOf(TEAPOT));
        assertTrue(refunds.all().isEmpty(), "nothing is owed back");
    }

    @Test
    void aPaidOrderWritesTheBuyersReceiptAndTheSellersNewOrderOnceHoweverOftenItIsConfirmed() {
        stripe.holding(withBuyer(FakeStripe.paidSession(SESSION, 6_000, "pi_1"), "buyer@example.test"));

        confirmation.confirm(order);
        confirmation.confirm(order);
        confirmation.confirmBySession(SESSION);

        assertEquals(List.of("order_receipt buyer@example.test order_42", "seller_new_order seller-5@example.test order_42")
                        .stream().map(line -> line.replace("42", order.id().toString())).toList(),
                notifications.all().stream().map(n -> n.kind().code() + " " + n.recipient() + " " + n.subjectId()).toList());
        assertEquals("6000", notifications.all().get(0).value("amount"));
        assertEquals("630", notifications.all().get(1).value("fee"));
        assertEquals(Optional.of("buyer@example.test"), orders.find(order.id()).orElseThrow().buyerEmail());
    }

    @Test
    void aPaymentThatFindsTheStockSoldOutSendsNoReceiptButTellsTheBuyerOfTheRefundOnceItIsDone() {
        inventory.with(TEAPOT, 2);
        stripe.holding(withBuyer(FakeStripe.paidSession(SESSION, 6_000, "pi_1"), "buyer@example.test"));

        confirmation.confirm(order);

        assertTrue(notifications.all().isEmpty(), "no receipt for an order that cannot be delivered: " + notifications.all());
    }

    private static CheckoutSessionState withBuyer(CheckoutSessionState session, String email) {
        return new CheckoutSessionState(session.sessionId(), session.status(), session.paymentStatus(), session.amountTotal(),
                session.currency(), session.paymentIntentId(), session.orderId(), session.orderKey(), session.expiresAt(), Optional.of(email));
    }

    @Test
    void theEmailAGuestGaveStripeIsKeptOnTheOrderInOneSpelling() {
        stripe.holding(FakeStripe.paidSessionOf(" Ada@Example.com", SESSION, 6_000, "pi_1"));

        Order paid = confirmation.confirm(order);

        assertEquals(Optional.of("ada@example.com"), paid.buyerEmail());
    }

    @Test
    void aSignedInBuyersOrderKeepsTheEmailOfTheirAccount() {
        Order theirs = orders.add(Order.place(TEAPOT, "Teapot", new SellerId(5), new PaymentRouting(ChargeType.DIRECT, "acct_seller1"),
                OrderPricing.of(new Money(2_000, EUR), 1, FeeRate.of(1_000, 30, EUR)), "key-2", "token-hash",
                Optional.of(new OrderBuyer(new BuyerId(3), "ada@example.com")), Instant.parse("2030-01-01T12:00:00Z")));
        orders.attachSession(theirs.id(), "cs_test_theirs", "https://checkout.stripe.test/x", Instant.parse("2030-01-01T13:00:00Z"),
                Instant.parse("2030-01-01T12:00:01Z"));
        stripe.holding(FakeStripe.paidSessionOf("someone.else@example.com", "cs_test_theirs", 2_000, "pi_2"));

        Order paid = confirmation.confirm(orders.find(theirs.id()).orElseThrow());

        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals(Optional.of("ada@example.com"), paid.buyerEmail());
        assertEquals(Optional.of(new BuyerId(3)), paid.buyerId());
    }

    @Test
    void aPaymentConfirmedAfterTheStockSoldOutLeavesTheOrderOutOfStockWithAFullRefundOwed() {
        inventory.with(TEAPOT, 2);
        stripe.holding(FakeStripe.paidSession(SESSION, 6_000, "pi_1"));

        Order paid = confirmation.confirm(order);

        assertEquals(OrderStatus.PAID_OUT_OF_STOCK, paid.status());
        assertEquals(Optional.of("Sold out before the payment was confirmed"), paid.problem());
        assertEquals(2, inventory.stockOf(TEAPOT), "no stock was taken");
        OrderRefund owed = refunds.all().get(0);
        assertEquals(List.of(6_000L, RefundReason.OUT_OF_STOCK, "system"), List.of(owed.amount(), owed.reason(), owed.requestedBy()));
    }

    @Test
    void aSecondConfirmationOfAPaidOrderNeitherAsksStripeNorTakesStockAgain() {
        stripe.holding(FakeStripe.paidSession(SESSION, 6_000, "pi_1"));
        confirmation.confirm(order);

        confirmation.confirm(orders.find(order.id()).orElseThrow());

        assertEquals(2, inventory.stockOf(TEAPOT));
        assertEquals(1, orders.applied().size());
        assertEquals(List.of(SESSION), stripe.sessionReads());
    }

    @Test
    void aSessionCompletedWithADelayedMethodMakesTheOrderWaitWithoutTakingStock() {
        stripe.holding(new CheckoutSessionState(SESSION, SessionStatus.COMPLETE, PaymentStatus.UNPAID,
                6_000, "eur", Optional.of("pi_1"), Optional.empty(), Optional.empty(), Instant.parse("2030-01-01T13:00:00Z")));

        assertEquals(OrderStatus.AWAITING_PAYMENT, confirmation.confirm(order).status());
        assertEquals(5, inventory.stockOf(TEAPOT));
    }

    @Test
    void anExpiredSessionClosesTheOrderUnpaid() {
        stripe.holding(FakeStripe.sessionIn(SESSION, SessionStatus.EXPIRED, PaymentStatus.UNPAID, 6_000));

        assertEquals(OrderStatus.EXPIRED, confirmation.confirm(order).status());
        assertEquals(5, inventory.stockOf(TEAPOT));
    }

    @Test
    void aSessionTheBuyerHasNotFinishedChangesNothing() {
        stripe.holding(FakeStripe.sessionIn(SESSION, SessionStatus.OPEN, PaymentStatus.UNPAID, 6_000));

        assertEquals(OrderStatus.PENDING, confirmation.confirm(order).status());
        assertTrue(orders.applied().isEmpty());
    }

    @Test
    void aPaidSessionThatIsNotTheOrdersOwnChangesNothing() {
        Order unchanged = confirmation.settle(order, FakeStripe.paidSession("cs_test_someone_elses", 1, "pi_2"));

        assertEquals(OrderStatus.PENDING, unchanged.status());
        assertEquals(5, inventory.stockOf(TEAPOT));
    }

    @Test
    void anEventFromAnAccountOtherThanTheOrdersIsIgnoredWithoutAskingStripe() {
        stripe.holding(FakeStripe.paidSession(SESSION, 6_000, "pi_1"));

        confirmation.confirmFromEvent(SESSION, Optional.of("acct_intruder"));

        assertEquals(OrderStatus.PENDING, orders.find(order.id()).orElseThrow().status());
        assertTrue(stripe.sessionReads().isEmpty());
    }

    @Test
    void aFreeOrderIsPaidWithoutAFee() {
        stripe.holding(FakeStripe.sessionIn(SESSION, SessionStatus.COMPLETE, PaymentStatus.NO_PAYMENT_REQUIRED, 0));

        Order paid = confirmation.confirm(order);

        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals(0, paid.applicationFee().minorUnits());
        assertEquals(0, paid.total().minorUnits());
    }

    @Test
    void refundsMadeAtStripeBeforeThePaymentWasRecordedArePickedUpRightAfter() {
        stripe.holding(FakeStripe.paidSession(SESSION, 6_000, "pi_1")).refundedAtStripe("pi_1", 1_000);

        Order paid = confirmation.confirm(order);

        assertEquals(OrderStatus.PARTIALLY_REFUNDED, paid.status());
        assertEquals(1_000, paid.refunded().minorUnits());
    }
}
