package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.ChargeActions;
import com.marketplace.web.it.support.ChargeActions.Payment;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.marketplace.web.it.support.WebhookFaults;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.EventListParams;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refunds and disputes that reach the platform before it knows their order is paid: their events
 * overtake checkout.session.completed, or that event never comes, or their own event is lost. The
 * order ends paid, then refunded or disputed, with Stripe's amounts; an event that cannot be
 * recorded yet fails and is retried, never dropped.
 *
 * <p>The shared marketplace runs no reconciler: only the webhook handlers (and what they call) can
 * bring these orders up to date.
 */
@ExtendWith(RunningMarketplace.class)
class ChargeEventsBeforePaymentIT {

    private static Registered direct;
    private static Registered destination;

    @BeforeAll
    static void sellers() throws Exception {
        direct = Shop.activeSeller("DIRECT");
        destination = Shop.activeSeller("DESTINATION");
    }

    @AfterEach
    void clearFaults() {
        WebhookFaults.clear();
    }

    // Events in any order

    @Test
    void aDashboardRefundAndTheCheckoutEventsArrivingInAnyOrderLeaveTheOrderPaidThenPartiallyRefunded() throws Exception {
        long product = Shop.product(direct, 3000, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        WebhookFaults.hold();
        Shop.pay(checkout);
        Payment payment = ChargeActions.paymentOf(checkout, onSeller());
        ChargeActions.refundAtStripe(payment, 700);
        assertEquals("PENDING", Shop.order(checkout.orderId()).getString("status"), "nothing has reached the platform yet");

        WebhookFaults.releaseShuffled();

        JsonObject refunded = Shop.awaitStatus(checkout.orderId(), "PARTIALLY_REFUNDED");
        assertEquals(700, refunded.getJsonNumber("amountRefunded").longValue(), refunded.toString());
        assertEquals(payment.intentId(), refunded.getString("paymentIntentId"));
        assertFalse(refunded.isNull("paidAt"), "paid first: " + refunded);
        awaitProcessed("charge.refunded", payment.intentId());
        awaitProcessed("checkout.session.completed", checkout.sessionId());
        assertEquals(1, Shop.stock(product), "the stock is taken once, whoever confirmed the payment");
    }

    @Test
    void aDisputeAndTheCheckoutEventsArrivingInAnyOrderLeaveTheOrderPaidThenDisputed() throws Exception {
        long product = Shop.product(destination, 2400, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        WebhookFaults.hold();
        Shop.pay(checkout);
        Payment payment = ChargeActions.paymentOf(checkout, RequestOptions.getDefault());
        String disputeId = ChargeActions.openDispute(payment);

        WebhookFaults.releaseShuffled();

        JsonObject disputed = Shop.awaitStatus(checkout.orderId(), "DISPUTED");
        assertEquals(disputeId, disputed.getString("disputeId"), disputed.toString());
        assertEquals("needs_response", disputed.getString("disputeStatus"), disputed.toString());
        assertFalse(disputed.isNull("disputeEvidenceDueBy"), "the deadline for evidence is on the order: " + disputed);
        assertFalse(disputed.isNull("paidAt"), disputed.toString());
        awaitProcessed("charge.dispute.created", disputeId);
        assertEquals(1, Shop.stock(product));

        ChargeActions.closeDispute(disputeId, "won");

        JsonObject won = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals("won", won.getString("disputeStatus"), won.toString());
    }

    // checkout.session.completed never arrives

    @Test
    void aRefundAloneBringsTheOrderUpToDateWhenItsCheckoutCompletionNeverArrives() throws Exception {
        long product = Shop.product(destination, 2600, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        WebhookFaults.drop("checkout.session.completed");
        Shop.pay(checkout);
        Payment payment = ChargeActions.paymentOf(checkout, RequestOptions.getDefault());

        ChargeActions.refundAtStripe(payment, 2600);

        JsonObject refunded = Shop.awaitStatus(checkout.orderId(), "REFUNDED");
        assertEquals(2600, refunded.getJsonNumber("amountRefunded").longValue(), refunded.toString());
        assertFalse(refunded.isNull("paidAt"), refunded.toString());
        assertEquals(0, storedEvents("checkout.session.completed", checkout.sessionId()), "the completion never reached the platform");
        assertEquals(1, Shop.stock(product), "the refund's event confirmed the payment, taking the stock once");
    }

    @Test
    void aDisputeAloneBringsADirectOrderUpToDateWhenItsCheckoutCompletionNeverArrives() throws Exception {
        long product = Shop.product(direct, 1900, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        WebhookFaults.drop("checkout.session.completed");
        Shop.pay(checkout);
        Payment payment = ChargeActions.paymentOf(checkout, onSeller());

        String disputeId = ChargeActions.openDispute(payment);

        JsonObject disputed = Shop.awaitStatus(checkout.orderId(), "DISPUTED");
        assertEquals(disputeId, disputed.getString("disputeId"), disputed.toString());
        assertEquals(payment.intentId(), disputed.getString("paymentIntentId"));
        assertEquals(0, storedEvents("checkout.session.completed", checkout.sessionId()), "the completion never reached the platform");
        assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'charge.dispute.created'"
                + " AND endpoint = 'connect' AND account_id = ? AND payload LIKE ?", direct.stripeAccountId(), "%" + disputeId + "%"));
    }

    // The refund's or dispute's own event is lost: marking the order paid picks them up

    @Test
    void anOrderMarkedPaidPicksUpARefundMadeBeforeWhoseEventWasLost() throws Exception {
        long product = Shop.product(direct, 4000, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        WebhookFaults.hold();
        WebhookFaults.drop("charge.refunded");
        Shop.pay(checkout);
        Payment payment = ChargeActions.paymentOf(checkout, onSeller());
        ChargeActions.refundAtStripe(payment, 1200);

        WebhookFaults.releaseShuffled();

        JsonObject refunded = Shop.awaitStatus(checkout.orderId(), "PARTIALLY_REFUNDED");
        assertEquals(1200, refunded.getJsonNumber("amountRefunded").longValue(), refunded.toString());
        assertEquals(0, storedEvents("charge.refunded", payment.intentId()), "only the payment's confirmation can have recorded it");
    }

    @Test
    void anOrderMarkedPaidPicksUpADisputeOpenedBeforeWhoseEventWasLost() throws Exception {
        long product = Shop.product(destination, 2100, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        WebhookFaults.hold();
        WebhookFaults.drop("charge.dispute.created");
        Shop.pay(checkout);
        Payment payment = ChargeActions.paymentOf(checkout, RequestOptions.getDefault());
        String disputeId = ChargeActions.openDispute(payment);

        WebhookFaults.releaseShuffled();

        JsonObject disputed = Shop.awaitStatus(checkout.orderId(), "DISPUTED");
        assertEquals(disputeId, disputed.getString("disputeId"), disputed.toString());
        assertEquals(0, storedEvents("charge.dispute.created", disputeId), "only the payment's confirmation can have recorded it");
    }

    // Retried, never dropped

    @Test
    void aRefundEventForAnOrderThePlatformCannotConfirmYetFailsWithAClearErrorAndIsProcessedOnceItCan() throws Exception {
        long product = Shop.product(destination, 3100, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        // The crash between Stripe creating the session and the order storing its id: until the
        // session is adopted, nothing at the platform can show this order paid.
        assertEquals(1, Shop.execute("UPDATE orders SET checkout_session_id = NULL, checkout_url = NULL WHERE id = ?", checkout.orderId()));
        WebhookFaults.drop("checkout.session.completed");
        Shop.pay(checkout);
        Payment payment = ChargeActions.paymentOf(checkout, RequestOptions.getDefault());

        ChargeActions.refundAtStripe(payment, 500);

        String refundEvent = awaitEventId("charge.refunded", payment.intentId());
        InboxRows.awaitStatus(refundEvent, "dead", Duration.ofSeconds(30));
        assertEquals(RunningMarketplace.WEBHOOK_MAX_ATTEMPTS, InboxRows.count("SELECT attempts FROM webhook_events WHERE event_id = ?",
                refundEvent), "tried again, not marked processed");
        String error = InboxRows.single("SELECT last_error FROM webhook_events WHERE event_id = ?", refundEvent).orElse("");
        assertTrue(error.contains("order " + checkout.orderId()) && error.contains("PENDING") && error.contains("retried"), error);
        JsonObject waiting = Shop.order(checkout.orderId());
        assertEquals("PENDING", waiting.getString("status"), waiting.toString());
        assertEquals(0, waiting.getJsonNumber("amountRefunded").longValue());

        // Stripe's Dashboard "resend" of the completion: the session is adopted and the order paid.
        resend(completedEventOf(checkout.sessionId()));
        Shop.awaitStatus(checkout.orderId(), java.util.Set.of("PAID", "PARTIALLY_REFUNDED"), Duration.ofSeconds(30));
        Reply replay = RunningMarketplace.api().request("POST", "/api/admin/webhook-events/" + refundEvent + "/replay", "",
                "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(202, replay.status(), replay.body());

        InboxRows.awaitStatus(refundEvent, "processed", Duration.ofSeconds(30));
        JsonObject refunded = Shop.awaitStatus(checkout.orderId(), "PARTIALLY_REFUNDED");
        assertEquals(500, refunded.getJsonNumber("amountRefunded").longValue(), refunded.toString());
        assertEquals(1, Shop.stock(product));
    }

    // Not about an order of this platform

    @Test
    void aRefundOfASellersOwnSaleIsAcknowledgedAndChangesNoOrder() throws Exception {
        SandboxScenarios scenarios = new SandboxScenarios(Shop.stripe());
        // A Direct seller's account also takes payments of its own, outside the marketplace: no order metadata.
        Session ownSale = Shop.stripe().client().checkout().sessions().create(scenarios.sessionFor(1500, "eur", 1).build(), onSeller());
        SandboxStripe.Raw paid = Shop.stripe().helper("checkout/sessions/" + ownSale.getId() + "/pay", "card", "4242424242424242");
        assertEquals(200, paid.status(), paid.body());
        String intentId = Shop.stripe().client().checkout().sessions().retrieve(ownSale.getId(), null, onSeller()).getPaymentIntent();

        ChargeActions.refundAtStripe(new Payment(intentId, null, onSeller()), 1500);

        String event = awaitEventId("charge.refunded", intentId);
        InboxRows.awaitStatus(event, "processed", Duration.ofSeconds(30));
        assertEquals(1, InboxRows.count("SELECT attempts FROM webhook_events WHERE event_id = ?", event), "acknowledged at once, not retried");
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM orders WHERE payment_intent_id = ?", intentId));
    }

    // helpers

    private static RequestOptions onSeller() {
        return SandboxStripe.onAccount(direct.stripeAccountId());
    }

    /** Events of the type stored in the inbox whose payload names {@code objectId}. */
    private static int storedEvents(String type, String objectId) throws Exception {
        return InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = ? AND payload LIKE ?", type, "%" + objectId + "%");
    }

    private static void awaitProcessed(String type, String objectId) throws Exception {
        InboxRows.awaitStatus(awaitEventId(type, objectId), "processed", Duration.ofSeconds(30));
    }

    private static String awaitEventId(String type, String objectId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> id = InboxRows.single("SELECT event_id FROM webhook_events WHERE event_type = ? AND payload LIKE ?"
                    + " ORDER BY received_at LIMIT 1", type, "%" + objectId + "%");
            if (id.isPresent()) {
                return id.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type + " event about " + objectId + " reached the platform");
    }

    private static String completedEventOf(String sessionId) throws Exception {
        return Shop.stripe().client().events().list(EventListParams.builder().setType("checkout.session.completed").setLimit(100L).build())
                .getData().stream().filter(event -> event.getDataObjectDeserializer().getRawJson().contains(sessionId))
                .map(Event::getId).findFirst()
                .orElseThrow(() -> new AssertionError("Stripe has no checkout.session.completed for " + sessionId));
    }

    private static void resend(String eventId) {
        SandboxStripe.Raw queued = Shop.stripe().helper("events/" + eventId + "/deliver", "times", "1");
        assertEquals(200, queued.status(), queued.body());
    }
}
