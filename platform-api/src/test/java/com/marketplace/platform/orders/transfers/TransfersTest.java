package com.marketplace.platform.orders.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.InMemoryOrders;
import com.marketplace.platform.fakes.InMemoryPurchases;
import com.marketplace.platform.fakes.InMemoryTransferOutbox;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.PaymentGateway.CreatedSession;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseGateway;
import com.marketplace.platform.orders.domain.PurchaseRouting;
import com.marketplace.platform.orders.workers.OrderSettings;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The transfer outbox after a confirmation: each owed transfer is sent once, from the purchase's
 * charge, under its own idempotency key; Stripe down leaves it owed, Stripe refusing leaves it for an
 * admin; transfer events record what Stripe has, only ever upwards. The order is seller 7's share
 * (40.00 EUR, fee 5 % = 2.00) of a purchase across sellers.
 */
class TransfersTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryPurchases purchases = new InMemoryPurchases(orders);
    private final InMemoryTransferOutbox outbox = new InMemoryTransferOutbox();
    private final Stripe stripe = new Stripe();
    private final TransferSteps steps = new TransferSteps(outbox, purchases);
    private final TransferOutboxWorker worker = new TransferOutboxWorker(steps, new TransferExecutor(steps, stripe, new Settings()));
    private final TransferEventHandlers handlers = new TransferEventHandlers(stripe, steps);
    private final Purchase purchase = purchases.add(Purchase.open("purchase-key", Optional.empty(), new Money(4_000, EUR),
            PurchaseRouting.SEPARATE_TRANSFERS, Instant.now()));
    private final Order order = orders.add(Order.place(new ProductId(3), "Kettle", new SellerId(7),
            PaymentRouting.separateTransfer(ChargeType.DIRECT, "acct_seven"), OrderPricing.of(new Money(4_000, EUR), 1,
                    FeeRate.of(500, 0, EUR)), "order-key", "hash", Instant.now()).within(purchase.id(), true));

    private OrderTransfer owed(Optional<String> charge) {
        OrderTransfer transfer = OrderTransfer.owedFor(order, charge, Instant.now()).orElseThrow();
        outbox.add(transfer);
        return transfer;
    }

    @Test
    void anOwedTransferIsSentOnceFromThePurchasesChargeUnderItsOwnKey() {
        OrderTransfer transfer = owed(Optional.of("ch_1"));

        assertEquals(1, worker.drain());
        assertEquals(0, worker.drain());

        assertEquals(List.of("transfer-" + transfer.requestKey()), stripe.keys);
        PurchaseGateway.NewTransfer sent = stripe.sent.get(0);
        assertEquals(new Money(3_800, EUR), sent.amount());
        assertEquals("acct_seven", sent.destinationAccount());
        assertEquals("ch_1", sent.sourceCharge());
        assertEquals(purchase.id().transferGroup(), sent.transferGroup());
        assertEquals(OrderTransfer.Status.SENT, transfer.status());
        assertEquals(Optional.of("tr_1"), transfer.stripeTransferId());
    }

    @Test
    void aTransferWithoutItsChargeReadsItFromThePurchasesPayment() {
        purchases.recordPayment(purchase.id(), 4_000, Optional.of("pi_1"), Optional.empty(), Instant.now());
        stripe.charges.put("pi_1", "ch_late");
        OrderTransfer transfer = owed(Optional.empty());

        worker.drain();

        assertEquals("ch_late", stripe.sent.get(0).sourceCharge());
        assertEquals(Optional.of("ch_late"), transfer.sourceCharge());
    }

    @Test
    void stripeDownLeavesTheTransferOwedAndStripeRefusingLeavesItForAnAdmin() {
        OrderTransfer transfer = owed(Optional.of("ch_1"));
        stripe.failure = Optional.of(new GatewayFailure("down", true, null));

        worker.drain();
        assertEquals(OrderTransfer.Status.PENDING, transfer.status());

        stripe.failure = Optional.of(new GatewayFailure("refused", false, null));
        worker.drain();
        assertEquals(OrderTransfer.Status.FAILED, transfer.status());
    }

    @Test
    void transferEventsRecordWhatStripeHasAndNeverLowerTheAmountReversed() {
        OrderTransfer transfer = owed(Optional.of("ch_1"));
        worker.drain();
        stripe.reversed = 1_000;
        handlers.onReversed(event("transfer.reversed", "tr_1"));
        stripe.reversed = 400; // an older view, re-read late
        handlers.onReversed(event("transfer.reversed", "tr_1"));

        assertEquals(1_000, transfer.amountReversed());
    }

    @Test
    void aTransferNoOrderOwesIsNotRecorded() {
        OrderTransfer transfer = owed(Optional.of("ch_1"));
        stripe.destination = "acct_someone_else";

        handlers.onCreated(event("transfer.created", "tr_9"));

        assertFalse(transfer.stripeTransferId().isPresent());
        assertTrue(transfer.status() == OrderTransfer.Status.PENDING);
    }

    private static StripeEventReceived event(String type, String objectId) {
        Event event = ApiResource.GSON.fromJson("{\"id\":\"evt_" + objectId + "\",\"object\":\"event\",\"type\":\"" + type
                + "\",\"data\":{\"object\":{\"id\":\"" + objectId + "\"}}}", Event.class);
        return new StripeEventReceived(event.getId(), type, WebhookEndpoint.PLATFORM, null, Instant.now(), null, event);
    }

    private final class Stripe implements PurchaseGateway {

        final List<NewTransfer> sent = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final Map<String, String> charges = new HashMap<>();
        Optional<GatewayFailure> failure = Optional.empty();
        long reversed;
        String destination = "acct_seven";

        @Override
        public CreatedSession createSession(NewPurchaseSession session) {
            throw new AssertionError("no session here");
        }

        @Override
        public Optional<String> latestCharge(String paymentIntentId) {
            return Optional.ofNullable(charges.get(paymentIntentId));
        }

        @Override
        public String createTransfer(NewTransfer transfer) {
            if (failure.isPresent()) {
                throw failure.get();
            }
            sent.add(transfer);
            keys.add(transfer.idempotencyKey());
            return "tr_" + sent.size();
        }

        @Override
        public TransferState transfer(String transferId) {
            return new TransferState(transferId, 3_800, reversed, destination, Optional.of(purchase.id().transferGroup()),
                    Optional.of(order.id().value()));
        }
    }

    private static final class Settings extends OrderSettings {

        @Override
        public Duration refundRetryBase() {
            return Duration.ofSeconds(5);
        }
    }
}
