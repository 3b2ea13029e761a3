package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Everything that can confirm a payment arriving at once: the buyer's return page, duplicate
 * webhooks, the reconciler. One of them moves the order; stock is taken once. And a flash sale:
 * more buyers pay than there is stock; those who came too late get their money back, once.
 */
@ExtendWith(RunningMarketplace.class)
class PaymentRacesIT {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(16);
    private static Registered direct;
    private static Registered destination;

    @BeforeAll
    static void sellers() throws Exception {
        direct = Shop.activeSeller("DIRECT");
        destination = Shop.activeSeller("DESTINATION");
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void theReturnPageAndFiveDuplicateWebhooksConfirmEachPaymentOnceOverAHundredPurchases() throws Exception {
        int purchases = 100;
        long product = Shop.product(destination, 700, "eur", 1_000);
        List<Started> checkouts = new ArrayList<>();
        for (int i = 0; i < purchases; i++) {
            Started checkout = Shop.checkout(product, 1);
            Shop.pay(checkout);
            List<Callable<Integer>> racers = new ArrayList<>();
            racers.add(() -> RunningMarketplace.api().get("/api/checkout/confirm?session_id=" + checkout.sessionId()).status());
            for (int copy = 0; copy < 5; copy++) {
                racers.add(() -> completionEvent(checkout.sessionId()).status());
            }
            for (Future<Integer> answer : POOL.invokeAll(racers)) {
                assertEquals(200, answer.get(), "every racer is answered");
            }
            checkouts.add(checkout);
        }

        for (Started checkout : checkouts) {
            Shop.awaitStatus(checkout.orderId(), "PAID");
        }
        assertEquals(1_000 - purchases, Shop.stock(product), "one unit taken per purchase, never two");
    }

    @Test
    void aFlashSaleSellsExactlyTheStockAndRefundsEveryLateBuyerOnce() throws Exception {
        int buyers = 200;
        int stock = 20;
        long product = Shop.product(direct, 1500, "eur", stock);
        List<Future<Started>> started = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            started.add(POOL.submit(() -> Shop.checkout(product, 1)));
        }
        List<Started> checkouts = new ArrayList<>();
        for (Future<Started> checkout : started) {
            checkouts.add(checkout.get(60, TimeUnit.SECONDS));
        }

        List<Future<?>> payments = new ArrayList<>();
        for (Started checkout : checkouts) {
            payments.add(POOL.submit(() -> Shop.pay(checkout)));
        }
        for (Future<?> payment : payments) {
            payment.get(60, TimeUnit.SECONDS);
        }

        Map<String, Integer> outcomes = new TreeMap<>();
        for (Started checkout : checkouts) {
            JsonObject order = Shop.awaitStatus(checkout.orderId(), Set.of("PAID", "REFUNDED"), Duration.ofSeconds(120));
            outcomes.merge(order.getString("status"), 1, Integer::sum);
            if (order.getString("status").equals("REFUNDED")) {
                assertRefundedOnce(order);
            }
        }
        assertEquals(Map.of("PAID", stock, "REFUNDED", buyers - stock), outcomes);
        assertEquals(0, Shop.stock(product));
        assertEquals(buyers - stock, Shop.longValue("SELECT COUNT(*) FROM order_refunds r JOIN orders o ON o.id = r.order_id"
                + " WHERE o.product_id = ? AND r.reason = 'OUT_OF_STOCK' AND r.status = 'SUCCEEDED'", product));
    }

    private static void assertRefundedOnce(JsonObject order) throws Exception {
        assertEquals(1500, order.getJsonNumber("amountRefunded").longValue());
        assertEquals(1, order.getJsonArray("refunds").size(), order.toString());
        com.stripe.model.PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(order.getString("paymentIntentId"),
                com.marketplace.testsupport.SandboxStripe.onAccount(direct.stripeAccountId()));
        com.stripe.model.Charge charge = Shop.stripe().client().charges().retrieve(intent.getLatestCharge(),
                com.marketplace.testsupport.SandboxStripe.onAccount(direct.stripeAccountId()));
        assertEquals(1500L, charge.getAmountRefunded());
        assertEquals(1, charge.getRefunds().getData().size(), "one refund at Stripe, not two");
    }

    /** A signed checkout.session.completed with its own event id: a duplicate the inbox cannot tell from a new event. */
    private static Reply completionEvent(String sessionId) {
        JsonObject session = Json.createObjectBuilder(SignedEvents.fixture("checkout.session")).add("id", sessionId).build();
        String payload = SignedEvents.event("evt_race_" + UUID.randomUUID().toString().replace("-", ""), "checkout.session.completed",
                "checkout.session", null, Instant.now().getEpochSecond(), session);
        return RunningMarketplace.api().post("/webhooks/stripe", payload, "Stripe-Signature", SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET));
    }
}
