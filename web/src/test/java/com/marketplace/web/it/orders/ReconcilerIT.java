package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.model.checkout.Session;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reconciler settles what no webhook settled: orders idle for {@code RECONCILE_AFTER_SECONDS}
 * (3 s in the tests) are read from Stripe, a lost session id is recovered by replaying the creation
 * under the same idempotency key, and a session past the order's expiry is expired at Stripe.
 *
 * <p>The shared marketplace runs no reconciler loop; these tests run its passes themselves
 * ({@link #awaitWithPasses}), so every other test proves its webhook handler alone.
 */
@ExtendWith(RunningMarketplace.class)
class ReconcilerIT {

    private static final Duration RECONCILER_WAIT = Duration.ofSeconds(15);

    private static Registered direct;
    private static Registered destination;

    @BeforeAll
    static void sellers() throws Exception {
        direct = Shop.activeSeller("DIRECT");
        destination = Shop.activeSeller("DESTINATION");
    }

    @Test
    void aDroppedWebhookIsSettledByTheReconcilerAndItsLateDeliveryChangesNothing() throws Exception {
        long product = Shop.product(destination, 1500, "eur", 3);
        try {
            requireOk(Shop.stripe().helper("webhooks/faults", "hold", "true"), "hold webhooks");
            Started checkout = Shop.checkout(product, 1);
            Shop.pay(checkout);

            Instant quietUntil = Instant.now().plusSeconds(1);
            while (Instant.now().isBefore(quietUntil)) {
                assertEquals("PENDING", Shop.order(checkout.orderId()).getString("status"), "no webhook arrived, the reconciler is not due yet");
                Thread.sleep(100);
            }
            assertEquals(3, Shop.stock(product));

            JsonObject paid = awaitWithPasses(checkout.orderId(), order -> "PAID".equals(order.getString("status")));
            assertEquals(checkout.sessionId(), paid.getString("checkoutSessionId"));
            assertEquals(2, Shop.stock(product), "stock taken once by the reconciler");
            assertEquals(0, completedEvents(checkout.sessionId(), null), "the webhook is still held");

            requireOk(Shop.stripe().helper("webhooks/release"), "release webhooks");
            awaitCount(() -> completedEvents(checkout.sessionId(), "processed"), 1, Duration.ofSeconds(15),
                    "the held checkout.session.completed of " + checkout.sessionId() + " processed");
            Thread.sleep(500); // the other events of the same payment (charge.*, payment_intent.*) are released too

            assertEquals("PAID", Shop.order(checkout.orderId()).getString("status"));
            assertEquals(2, Shop.stock(product), "the late webhook takes no stock again");
        } finally {
            Shop.stripe().helper("webhooks/faults", "hold", "false");
            Shop.stripe().helper("webhooks/release");
        }
    }

    @Test
    void aSessionLostBetweenStripeAndTheOrderIsRecoveredByTheReconcilerWithTheSameId() throws Exception {
        long product = Shop.product(destination, 2200, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        assertEquals(1, Shop.execute("UPDATE orders SET checkout_session_id = NULL, checkout_url = NULL WHERE id = ?", checkout.orderId()));
        assertFalse(Shop.order(checkout.orderId()).containsKey("checkoutSessionId"));

        JsonObject healed = awaitWithPasses(checkout.orderId(),
                order -> order.containsKey("checkoutSessionId") && !order.isNull("checkoutSessionId"));
        assertEquals(checkout.sessionId(), healed.getString("checkoutSessionId"), "the replay under the same idempotency key answers the same session");
        assertEquals("PENDING", healed.getString("status"));
        assertEquals(checkout.url(), stringColumn("SELECT checkout_url FROM orders WHERE id = ?", checkout.orderId()));

        Shop.pay(checkout);

        Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(1, Shop.stock(product));
    }

    @Test
    void aSessionLostBetweenStripeAndTheOrderIsAdoptedByItsCompletedWebhook() throws Exception {
        long product = Shop.product(destination, 1300, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        assertEquals(1, Shop.execute("UPDATE orders SET checkout_session_id = NULL, checkout_url = NULL WHERE id = ?", checkout.orderId()));

        Shop.pay(checkout);

        // No reconciler pass runs here: only the webhook can have done it.
        JsonObject paid = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(checkout.sessionId(), paid.getString("checkoutSessionId"));
        assertEquals(1, Shop.stock(product));
        assertEquals(1, completedEvents(checkout.sessionId(), "processed"));
    }

    @Test
    void aDirectSessionPastItsExpiryButOpenAtStripeIsExpiredByTheReconciler() throws Exception {
        long product = Shop.product(direct, 1700, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        assertEquals(1, Shop.execute("UPDATE orders SET session_expires_at = ? WHERE id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusHours(6), checkout.orderId()));

        awaitWithPasses(checkout.orderId(), order -> "EXPIRED".equals(order.getString("status")));

        Session session = Shop.stripe().client().checkout().sessions().retrieve(checkout.sessionId(),
                SandboxStripe.onAccount(direct.stripeAccountId()));
        assertEquals("expired", session.getStatus());
        SandboxStripe.Raw paid = Shop.stripe().helper("checkout/sessions/" + checkout.sessionId() + "/pay", "card", "4242424242424242");
        assertNotEquals(200, paid.status(), "an expired session cannot be paid: " + paid.body());
        Thread.sleep(500);
        assertEquals("EXPIRED", Shop.order(checkout.orderId()).getString("status"));
        assertEquals(2, Shop.stock(product));
    }

    private static int completedEvents(String sessionId, String status) throws Exception {
        if (status == null) {
            return InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'checkout.session.completed' AND payload LIKE ?",
                    "%" + sessionId + "%");
        }
        return InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'checkout.session.completed' AND payload LIKE ?"
                + " AND status = ?", "%" + sessionId + "%", status);
    }

    /** Runs reconciler passes until the order is as expected: the reconciler's work, as the loop would do it every 500 ms. */
    private static JsonObject awaitWithPasses(long orderId, Predicate<JsonObject> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECONCILER_WAIT);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            ApiClient.Reply pass = RunningMarketplace.api().request("POST", "/api/it/reconciler/pass", "");
            assertEquals(200, pass.status(), pass.body());
            last = Shop.order(orderId);
            if (expected.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the reconciler never brought order " + orderId + " where expected; last seen: " + last);
    }

    private static String stringColumn(String sql, Object parameter) throws Exception {
        return InboxRows.single(sql, parameter).orElse(null);
    }

    private static void awaitCount(CheckedCount count, int expected, Duration timeout, String what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = count.get();
            if (last == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + expected + " of " + what + ", saw " + last);
    }

    private static void requireOk(SandboxStripe.Raw raw, String what) {
        assertTrue(raw.status() == 200, what + ": HTTP " + raw.status() + " " + raw.body());
    }

    @FunctionalInterface
    private interface CheckedCount {
        int get() throws Exception;
    }
}
