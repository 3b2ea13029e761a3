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
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.MoneyGateway;
import com.marketplace.platform.orders.domain.MoneyMovement;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MovementExecutorTest {

    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    private static final CurrencyCode EUR = CurrencyCode.of("eur");

    private final InMemoryMovements movements = new InMemoryMovements();
    private final TransfersOnRecord transfers = new TransfersOnRecord();
    private final MoneySteps steps = new MoneySteps(movements, transfers, new InMemoryRefundOutbox());
    private final ScriptedStripe stripe = new ScriptedStripe();
    private final MovementExecutor executor = new MovementExecutor(steps, stripe, new FixedSettings(2));
    private final Order order = share();

    @Test
    void aReversalIsSentUnderItsOwnKeyEveryTimeSoARepeatAfterALostAnswerMakesOne() {
        transferred();
        long id = owed(500);
        stripe.failNext(new GatewayFailure("Stripe could not be reached", true, null));

        executor.execute(id);
        movements.retryLater(id, "due now", NOW, NOW);
        executor.execute(id);

        assertEquals(2, stripe.keys.size());
        assertEquals(stripe.keys.get(0), stripe.keys.get(1));
        assertEquals(MoneyMovement.Status.DONE, movements.find(id).orElseThrow().status());
    }

    @Test
    void aReversalTheSellersBalanceCannotCoverIsUnrecoveredThenLeftForTheAdminAfterItsLastAttempt() {
        transferred();
        long id = owed(500);
        stripe.failNext(new MoneyGateway.MovementRefused("balance_insufficient", "refused", null));
        stripe.failNext(new MoneyGateway.MovementRefused("balance_insufficient", "refused", null));

        executor.execute(id);
        MoneyMovement first = movements.find(id).orElseThrow();
        assertEquals(MoneyMovement.Status.UNRECOVERED, first.status());
        assertEquals(Optional.of("balance_insufficient"), first.failure());
        executor.execute(id);
        executor.execute(id);

        assertEquals(2, stripe.keys.size());
        assertEquals(MoneyMovement.Status.UNRECOVERED, movements.find(id).orElseThrow().status());
        assertEquals(2, movements.find(id).orElseThrow().attempts());
    }

    @Test
    void aReversalOfATransferNotMadeYetWaitsForIt() {
        transfers.add(OrderTransfer.owedFor(order, Optional.of("ch_1"), NOW).orElseThrow());
        long id = owed(500);

        executor.execute(id);

        assertTrue(stripe.keys.isEmpty());
        assertEquals(MoneyMovement.Status.PENDING, movements.find(id).orElseThrow().status());
    }

    @Test
    void aReversalOfAnOrderNeverTransferredIsNothingToMake() {
        long id = owed(500);

        executor.execute(id);

        assertTrue(stripe.keys.isEmpty());
        assertEquals(MoneyMovement.Status.NOTHING, movements.find(id).orElseThrow().status());
    }

    private long owed(long amount) {
        movements.add(MoneyMovement.reversal(order, MoneyMovement.Reason.REFUND, Optional.of(1L), Optional.empty(), Optional.empty(), amount,
                "refund-" + UUID.randomUUID(), NOW));
        return movements.all().get(movements.all().size() - 1).id();
    }

    private void transferred() {
        OrderTransfer transfer = OrderTransfer.owedFor(order, Optional.of("ch_1"), NOW).orElseThrow();
        Rows.set(transfer, "status", OrderTransfer.Status.SENT);
        Rows.set(transfer, "stripeTransferId", "tr_1");
        transfers.add(transfer);
    }

    private static Order share() {
        Order order = Order.place(new ProductId(11), "Teapot", new SellerId(5), PaymentRouting.separateTransfer(ChargeType.DIRECT, "acct_a"),
                OrderPricing.of(new Money(2_000, EUR), 3, FeeRate.of(1_000, 30, EUR)), UUID.randomUUID().toString(),
                BuyerToken.hashOf("buyer-token"), NOW).within(new PurchaseId(7), true);
        return Rows.set(order, "id", 42L);
    }

    /** Answers reversals with trr_n, or throws what it was told to, in turn; remembers every idempotency key. */
    private static final class ScriptedStripe implements MoneyGateway {

        final List<String> keys = new ArrayList<>();
        private final List<RuntimeException> failures = new ArrayList<>();

        void failNext(RuntimeException failure) {
            failures.add(failure);
        }

        @Override
        public DisputeFunds dispute(String disputeId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> destinationTransfer(String paymentIntentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Long> purchaseOf(String paymentIntentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String reverse(String transferId, long amount, String idempotencyKey) {
            keys.add(idempotencyKey);
            if (!failures.isEmpty()) {
                throw failures.remove(0);
            }
            return "trr_" + keys.size();
        }

        @Override
        public String transfer(Money amount, String destinationAccount, Optional<String> sourceCharge, Optional<String> transferGroup,
                               String description, String idempotencyKey) {
            keys.add(idempotencyKey);
            return "tr_back_" + keys.size();
        }
    }

    /** The settings with {@code maxAttempts} and the defaults otherwise. */
    private static final class FixedSettings extends MoneySettings {

        private final int maxAttempts;

        FixedSettings(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        @Override
        public java.time.Duration unrecoveredRetryBase() {
            return java.time.Duration.ofHours(1);
        }

        @Override
        public int maxAttempts() {
            return maxAttempts;
        }
    }
}
