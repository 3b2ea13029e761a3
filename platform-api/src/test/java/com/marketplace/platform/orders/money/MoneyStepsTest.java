package com.marketplace.platform.orders.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.InMemoryRefundOutbox;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.BuyerToken;
import com.marketplace.platform.orders.domain.MoneyGateway.DisputeFunds;
import com.marketplace.platform.orders.domain.MoneyMovement;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.domain.RefundReason;
import com.marketplace.platform.orders.domain.RefundStatus;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MoneyStepsTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    private static final DisputeFunds LOST = new DisputeFunds("dp_1", "needs_response", 900, "eur", Optional.of("pi_1"));

    private final InMemoryMovements movements = new InMemoryMovements();
    private final TransfersOnRecord transfers = new TransfersOnRecord();
    private final InMemoryRefundOutbox refunds = new InMemoryRefundOutbox();
    private final MoneySteps steps = new MoneySteps(movements, transfers, refunds);

    // 3 x 2000 = 6000 paid, fee 10% + 30 = 630, transferred 5370.
    private final Order shareA = share(42, "acct_a");
    private final Order shareB = share(43, "acct_b");

    @Test
    void aPartialRefundOfAShareOwesItsSellerTheRefundLessTheFeesShareOfIt() {
        transferred(shareA);

        steps.owedForRefund(refunded(shareA, 1_000), shareA);

        // 1000 * 630 / 6000 = 105
        MoneyMovement reversal = movements.all().get(0);
        assertEquals(895, reversal.amount());
        assertEquals(MoneyMovement.Kind.REVERSAL, reversal.kind());
        assertEquals(MoneyMovement.Reason.REFUND, reversal.reason());
        assertEquals(Optional.of("tr_42"), reversal.stripeTransferId());
    }

    @Test
    void theRefundThatLeavesNothingOfTheOrderTakesBackAllThatIsLeftOfTheTransfer() {
        transferred(shareA);
        steps.owedForRefund(refunded(shareA, 1_000), shareA);

        steps.owedForRefund(refunded(shareA, 5_000), shareA);

        assertEquals(List.of(895L, 4_475L), movements.all().stream().map(MoneyMovement::amount).toList());
    }

    @Test
    void aRefundRecordedTwiceOwesOneReversal() {
        transferred(shareA);
        OrderRefund refund = refunded(shareA, 1_000);

        steps.owedForRefund(refund, shareA);
        steps.owedForRefund(refund, shareA);

        assertEquals(1, movements.all().size());
    }

    @Test
    void anOrderNeverTransferredOwesNoReversal() {
        steps.owedForRefund(refunded(shareA, 1_000), shareA);

        assertTrue(movements.all().isEmpty());
    }

    @Test
    void anOrderOfOneSellerOwesNoReversalOfItsOwn() {
        Order single = Rows.set(share(44, "acct_c"), "separateTransfers", false);

        steps.owedForRefund(refunded(single, 1_000), single);

        assertTrue(movements.all().isEmpty());
    }

    @Test
    void aLostDisputeReversesEachSellersProportionalShareAtMostWhatIsLeftOfTheirTransfer() {
        steps.recoverDispute(List.of(shareA, shareB), List.of(5_370L, 100L), List.of(Optional.of("tr_42"), Optional.of("tr_43")), LOST,
                MoneySettings.DisputeRecovery.REVERSE_TRANSFER);

        assertEquals(List.of(450L, 100L), movements.all().stream().map(MoneyMovement::amount).toList());
        assertTrue(movements.all().stream().allMatch(row -> row.kind() == MoneyMovement.Kind.REVERSAL && row.status() == MoneyMovement.Status.PENDING));
    }

    @Test
    void aSharesRefundsAreNotDisputedMoneyTheSellerOwesAgain() {
        Rows.set(shareA, "amountRefunded", 400L);

        steps.recoverDispute(List.of(shareA, shareB), List.of(5_370L, 5_370L), List.of(Optional.empty(), Optional.empty()), LOST,
                MoneySettings.DisputeRecovery.REVERSE_TRANSFER);

        assertEquals(List.of(50L, 450L), movements.all().stream().map(MoneyMovement::amount).toList());
    }

    @Test
    void absorbingADisputeRecordsEachSellersShareAsTheirsToKeep() {
        steps.recoverDispute(List.of(shareA, shareB), List.of(5_370L, 5_370L), List.of(Optional.empty(), Optional.empty()), LOST,
                MoneySettings.DisputeRecovery.ABSORB);

        assertTrue(movements.all().stream().allMatch(row -> row.kind() == MoneyMovement.Kind.ABSORBED && row.status() == MoneyMovement.Status.DONE));
        assertEquals(900, movements.all().stream().mapToLong(MoneyMovement::amount).sum());
    }

    @Test
    void theSameDisputeDecidedAgainChangesNothing() {
        for (int i = 0; i < 3; i++) {
            steps.recoverDispute(List.of(shareA, shareB), List.of(5_370L, 5_370L), List.of(Optional.empty(), Optional.empty()), LOST,
                    MoneySettings.DisputeRecovery.REVERSE_TRANSFER);
        }

        assertEquals(2, movements.all().size());
    }

    @Test
    void aWonDisputeGivesBackWhatWasReversedAndCancelsWhatWasNotYet() {
        steps.recoverDispute(List.of(shareA, shareB), List.of(5_370L, 5_370L), List.of(Optional.empty(), Optional.empty()), LOST,
                MoneySettings.DisputeRecovery.REVERSE_TRANSFER);
        movements.done(1, "trr_1", Optional.empty(), NOW);

        steps.returnDispute(List.of(shareA, shareB), LOST);
        steps.returnDispute(List.of(shareA, shareB), LOST);

        List<MoneyMovement> back = movements.all().stream().filter(row -> row.kind() == MoneyMovement.Kind.RETRANSFER).toList();
        assertEquals(1, back.size());
        assertEquals(450, back.get(0).amount());
        assertEquals(shareA.id(), back.get(0).orderId());
        assertEquals(MoneyMovement.Status.NOTHING, movements.find(2).orElseThrow().status());
    }

    private static Order share(long id, String account) {
        Order order = Order.place(new ProductId(11), "Teapot", new SellerId(id), PaymentRouting.separateTransfer(ChargeType.DESTINATION, account),
                OrderPricing.of(new Money(2_000, EUR), 3, FeeRate.of(1_000, 30, EUR)), UUID.randomUUID().toString(),
                BuyerToken.hashOf("buyer-token"), NOW).within(new PurchaseId(7), true);
        Rows.set(order, "id", id);
        Rows.set(order, "status", OrderStatus.PAID);
        Rows.set(order, "paymentIntentId", "pi_1");
        return order;
    }

    private void transferred(Order order) {
        OrderTransfer transfer = OrderTransfer.owedFor(order, Optional.of("ch_1"), NOW).orElseThrow();
        Rows.set(transfer, "status", OrderTransfer.Status.SENT);
        Rows.set(transfer, "stripeTransferId", "tr_" + order.id());
        transfers.add(transfer);
    }

    private OrderRefund refunded(Order order, long amount) {
        OrderRefund refund = refunds.add(OrderRefund.owed(order.id(), amount, RefundReason.REQUESTED, false, "admin", NOW, NOW));
        refunds.succeeded(refund.id(), "re_" + refund.id(), NOW);
        return refund;
    }
}
