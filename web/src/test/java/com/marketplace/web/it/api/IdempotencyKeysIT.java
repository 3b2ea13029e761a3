package com.marketplace.web.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.idempotency.domain.RequestFingerprint;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.ChargeActions;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's {@code Idempotency-Key} on the shared marketplace (docs/idempotency.md): a retried
 * checkout or partial refund is answered from the database without doing the work again, a key
 * reused for another request is refused, a key being worked on is 409, keys belong to one caller.
 */
@ExtendWith(RunningMarketplace.class)
class IdempotencyKeysIT {

    private static Registered seller;
    private static Registered otherSeller;

    @BeforeAll
    static void sellers() throws Exception {
        seller = Shop.activeSeller("DIRECT");
        otherSeller = Shop.activeSeller("DIRECT");
    }

    @Test
    void aRetriedCheckoutReplaysTheFirstOrderAndSessionAndMakesNoSecondOrder() throws Exception {
        long product = Shop.product(seller, 1500, "eur", 5);
        String key = UUID.randomUUID().toString();
        String body = "{\"productId\":" + product + ",\"quantity\":1}";

        Reply first = checkout(body, key);
        Reply retried = checkout(body, key);

        assertEquals(201, first.status(), first.body());
        assertNull(first.header("Idempotent-Replayed"), "the first answer is no replay");
        assertEquals(201, retried.status(), retried.body());
        assertEquals("true", retried.header("Idempotent-Replayed"));
        assertEquals(first.json().getJsonNumber("orderId").longValue(), retried.json().getJsonNumber("orderId").longValue());
        assertEquals(first.json().getString("sessionId"), retried.json().getString("sessionId"));
        assertEquals(first.body(), retried.body());
        assertEquals(first.header("Location"), retried.header("Location"));
        assertTrue(retried.isJson(), retried.contentType());
        assertEquals(1, ordersOf(product), "one order for the two requests");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() throws Exception {
        long product = Shop.product(seller, 1500, "eur", 5);
        String key = UUID.randomUUID().toString();
        Reply first = checkout("{\"productId\":" + product + ",\"quantity\":1}", key);
        assertEquals(201, first.status(), first.body());

        Reply other = checkout("{\"productId\":" + product + ",\"quantity\":2}", key);

        assertEquals(400, other.status(), other.body());
        assertEquals("idempotency_error", other.json().getString("error"));
        assertTrue(other.json().getString("message").contains("another request"), other.body());
        assertEquals(1, ordersOf(product), "the refused request made no order");
    }

    @Test
    void withoutAKeyEveryRequestIsItsOwn() throws Exception {
        long product = Shop.product(seller, 1500, "eur", 5);
        String body = "{\"productId\":" + product + ",\"quantity\":1}";

        long firstOrder = Shop.checkout(body).json().getJsonNumber("orderId").longValue();
        long secondOrder = Shop.checkout(body).json().getJsonNumber("orderId").longValue();

        assertNotEquals(firstOrder, secondOrder);
        assertEquals(2, ordersOf(product));
    }

    @Test
    void aMalformedKeyIsRefusedBeforeAnythingIsDone() throws Exception {
        long product = Shop.product(seller, 1500, "eur", 5);

        Reply refused = checkout("{\"productId\":" + product + ",\"quantity\":1}", "k".repeat(256));

        assertEquals(400, refused.status(), refused.body());
        assertEquals("idempotency_error", refused.json().getString("error"));
        assertEquals(0, ordersOf(product));
    }

    @Test
    void aPartialRefundRetriedWithItsKeyRefundsOnce() throws Exception {
        Paid paid = paidOrder(2000);
        String key = UUID.randomUUID().toString();

        Reply first = refund(seller, paid.orderId(), "{\"amount\":500}", key);
        Reply retried = refund(seller, paid.orderId(), "{\"amount\":500}", key);

        assertEquals(200, first.status(), first.body());
        assertEquals(200, retried.status(), retried.body());
        assertEquals("true", retried.header("Idempotent-Replayed"));
        assertEquals(first.body(), retried.body());
        assertEquals(500, ChargeActions.refundedAtStripe(paid.payment()), "refunded once at Stripe");
        assertEquals(1, refundRows(paid.orderId()));
    }

    @Test
    void twentyConcurrentIdenticalRefundsWithOneKeyRefundOnce() throws Exception {
        Paid paid = paidOrder(2000);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return refund(seller, paid.orderId(), "{\"amount\":500}", key);
                }));
            }
            go.countDown();
            int worked = 0;
            for (Future<Reply> future : replies) {
                Reply reply = future.get(60, TimeUnit.SECONDS);
                if (reply.status() == 409) {
                    assertEquals("idempotency_key_in_use", reply.json().getString("error"), reply.body());
                } else {
                    assertEquals(200, reply.status(), reply.body());
                    if (reply.header("Idempotent-Replayed") == null) {
                        worked++;
                    }
                }
            }
            assertEquals(1, worked, "exactly one request did the work; the others were replays or 409s");
        } finally {
            pool.shutdownNow();
        }

        assertEquals(500, ChargeActions.refundedAtStripe(paid.payment()), "refunded once at Stripe");
        assertEquals(1, refundRows(paid.orderId()));
        Reply after = refund(seller, paid.orderId(), "{\"amount\":500}", key);
        assertEquals(200, after.status(), after.body());
        assertEquals("true", after.header("Idempotent-Replayed"));
    }

    @Test
    void aKeyBelongsToItsCallerAlone() throws Exception {
        String key = UUID.randomUUID().toString();
        String firstSellersPath = "/api/sellers/" + seller.id() + "/products";
        String body = productBody("Jug " + key.substring(0, 8));
        Reply created = productWithKey(seller, firstSellersPath, body, key);
        assertEquals(201, created.status(), created.body());

        Reply sameRequestByAnother = productWithKey(otherSeller, firstSellersPath, body, key);

        assertNull(sameRequestByAnother.header("Idempotent-Replayed"), "the other seller must not get the first seller's answer");
        assertTrue(sameRequestByAnother.status() == 403 || sameRequestByAnother.status() == 404, sameRequestByAnother.body());

        String secondKey = UUID.randomUUID().toString();
        assertEquals(201, productWithKey(seller, firstSellersPath, productBody("Cup " + secondKey.substring(0, 8)), secondKey).status());

        Reply ownRequestByAnother = productWithKey(otherSeller, "/api/sellers/" + otherSeller.id() + "/products",
                productBody("Pot " + secondKey.substring(0, 8)), secondKey);

        assertEquals(201, ownRequestByAnother.status(), "the other seller's use of the key is their own: " + ownRequestByAnother.body());
        assertNull(ownRequestByAnother.header("Idempotent-Replayed"));
    }

    @Test
    void aKeyStillBeingWorkedOnIs409UntilItsLeaseRunsOut() throws Exception {
        long product = Shop.product(seller, 1500, "eur", 5);
        String key = UUID.randomUUID().toString();
        String body = "{\"productId\":" + product + ",\"quantity\":1}";
        // As a request on another instance would hold it: claimed, no answer yet, its lease still running.
        RequestFingerprint request = RequestFingerprint.of("POST", "/api/checkout", body.getBytes(StandardCharsets.UTF_8));
        Shop.execute("INSERT INTO idempotency_keys (caller_scope, idem_key, request_hash, request_method, request_path, state, claim_token,"
                + " lease_until, created_at, expires_at) VALUES ('anonymous', ?, ?, 'POST', '/api/checkout', 'IN_PROGRESS', 'elsewhere',"
                + " UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 DAY)",
                key.getBytes(StandardCharsets.US_ASCII), request.hash());

        Reply busy = checkout(body, key);

        assertEquals(409, busy.status(), busy.body());
        assertEquals("idempotency_key_in_use", busy.json().getString("error"));
        assertEquals(0, ordersOf(product));

        // The holder died: once its lease ran out, the retry takes the key over and does the work.
        Shop.execute("UPDATE idempotency_keys SET lease_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE idem_key = ?",
                key.getBytes(StandardCharsets.US_ASCII));
        Reply taken = checkout(body, key);

        assertEquals(201, taken.status(), taken.body());
        assertNull(taken.header("Idempotent-Replayed"));
        assertEquals(1, ordersOf(product));
        assertEquals("true", checkout(body, key).header("Idempotent-Replayed"));
    }

    private static Reply checkout(String body, String key) {
        return RunningMarketplace.api().request("POST", "/api/checkout", body, "Idempotency-Key", key);
    }

    private static Reply productWithKey(Registered caller, String path, String body, String key) {
        return RunningMarketplace.api().request("POST", path, body, "Authorization", caller.authorization(), "Idempotency-Key", key);
    }

    private static String productBody(String name) {
        return "{\"name\":\"" + name + "\",\"description\":\"Stoneware\",\"priceAmount\":900,\"currency\":\"eur\",\"stock\":1,"
                + "\"active\":true}";
    }

    private static Reply refund(Registered caller, long orderId, String body, String key) {
        return RunningMarketplace.api().request("POST", "/api/orders/" + orderId + "/refund", body, "Authorization", caller.authorization(),
                "Idempotency-Key", key);
    }

    private static Paid paidOrder(long price) throws Exception {
        long product = Shop.product(seller, price, "eur", 3);
        Started checkout = Shop.checkout(product, 1);
        Shop.pay(checkout);
        Shop.awaitStatus(checkout.orderId(), "PAID");
        return new Paid(checkout.orderId(), ChargeActions.paymentOf(checkout, SandboxStripe.onAccount(seller.stripeAccountId())));
    }

    private static long ordersOf(long product) throws Exception {
        return Shop.longValue("SELECT COUNT(*) FROM order_lines WHERE product_id = ?", product);
    }

    private static long refundRows(long orderId) throws Exception {
        return Shop.longValue("SELECT COUNT(*) FROM order_refunds WHERE order_id = ?", orderId);
    }

    private record Paid(long orderId, ChargeActions.Payment payment) {
    }
}
