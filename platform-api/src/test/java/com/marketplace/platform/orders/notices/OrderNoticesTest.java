package com.marketplace.platform.orders.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.InMemoryOrders;
import com.marketplace.platform.fakes.InMemoryOutbox;
import com.marketplace.platform.fakes.InMemoryRefundOutbox;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.orders.domain.DisputeMove;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.RefundReason;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which messages an order's refunds and disputes owe, to whom, and about what: once per subject. */
class OrderNoticesTest {

    private static final Instant NOW = Instant.parse("2030-01-02T10:00:00Z");
    private static final SellerId SELLER = new SellerId(5);

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryRefundOutbox refunds = new InMemoryRefundOutbox();
    private final OrderNotices notices = new OrderNotices(outbox, new InMemorySellerDirectory().active(SELLER, ChargeType.DESTINATION, "acct_5"));
    private final Order order = paidBy("buyer@example.test");

    private Order paidBy(String buyer) {
        Order placed = orders.add(Order.place(new ProductId(11), "Teapot", SELLER, new PaymentRouting(ChargeType.DESTINATION, "acct_5"),
                OrderPricing.of(Money.of(2_000, "eur"), 3, FeeRate.of(1_000, 30, CurrencyCode.of("eur"))), "key-1", "token-hash", NOW));
        orders.recordBuyerEmail(placed.id(), buyer, NOW);
        return orders.find(placed.id()).orElseThrow();
    }

    private List<String> written() {
        return outbox.all().stream().map(n -> n.kind().code() + " " + n.recipient() + " " + n.subjectId()).toList();
    }

    @Test
    void aRefundTellsTheBuyerAndTheSellerOnceHoweverOftenItIsReported() {
        OrderRefund refund = refunds.add(OrderRefund.owed(order.id(), 1_500, RefundReason.REQUESTED, false, "seller", NOW, NOW));

        notices.refunded(order, refund, NOW);
        notices.refunded(order, refund, NOW);

        String subject = "refund_" + refund.id();
        assertEquals(List.of("refund_issued buyer@example.test " + subject, "seller_refund seller-5@example.test " + subject), written());
        assertEquals("1500", outbox.all().get(0).value("refundAmount"));
    }

    @Test
    void aRefundBecauseTheStockSoldOutSaysSo() {
        OrderRefund refund = refunds.add(OrderRefund.owed(order.id(), 6_000, RefundReason.OUT_OF_STOCK, false, "system", NOW, NOW));

        notices.refunded(order, refund, NOW);

        assertEquals("out_of_stock_refund", outbox.all().get(0).kind().code());
    }

    @Test
    void aDisputeTellsTheSellerWhenItOpensWithItsDeadlineAndWhenItCloses() {
        Instant due = Instant.parse("2030-01-10T23:59:59Z");
        notices.disputeMoved(order, new DisputeMove(OrderStatus.PAID, OrderStatus.DISPUTED, "dp_1", "needs_response", Optional.of(due),
                Optional.of(OrderStatus.PAID)), NOW);
        notices.disputeMoved(order, new DisputeMove(OrderStatus.DISPUTED, OrderStatus.DISPUTED, "dp_1", "under_review", Optional.of(due),
                Optional.of(OrderStatus.PAID)), NOW);
        notices.disputeMoved(order, new DisputeMove(OrderStatus.DISPUTED, OrderStatus.PAID, "dp_1", "won", Optional.of(due),
                Optional.of(OrderStatus.PAID)), NOW);

        assertEquals(List.of("dispute_opened seller-5@example.test dispute_dp_1", "dispute_closed seller-5@example.test dispute_dp_1"),
                written());
        Notification opened = outbox.all().get(0);
        assertEquals("2030-01-10T23:59:59Z", opened.value("evidenceDueBy"));
    }
}
