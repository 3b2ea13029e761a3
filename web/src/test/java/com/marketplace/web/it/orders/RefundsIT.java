package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.model.ApplicationFee;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refunds and disputes of paid orders: asked for by the admin or the order's seller through the
 * API (checked, carried out at Stripe on the right account, stock put back only when asked and only
 * once), made outside the platform and reported by charge.refunded, and disputes opened and closed
 * at Stripe, for both charge types.
 */
@ExtendWith(RunningMarketplace.class)
class RefundsIT {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    private static Registered direct;
    private static Registered destination;
    private static Registered otherSeller;

    @BeforeAll
    static void sellers() throws Exception {
        direct = Shop.activeSeller("DIRECT");
        destination = Shop.activeSeller("DESTINATION");
        otherSeller = Shop.activeSeller("DIRECT");
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    // 1

    @Test
    void theAdminRefundsADestinationOrderInFullReversingTheTransferAndTheFeeWithoutRestocking() throws Exception {
        long product = Shop.product(destination, 4000, "eur", 3);
        JsonObject paid = paidOrder(product, 1);
        long orderId = paid.getJsonNumber("id").longValue();
        long total = paid.getJsonNumber("amountTotal").longValue();
        long fee = paid.getJsonNumber("applicationFeeAmount").longValue();
        assertEquals(2, Shop.stock(product));

        Reply reply = refundAsAdmin(orderId, "{}");

        assertAccepted(reply);
        assertEquals(total, reply.json().getJsonNumber("amount").longValue(), reply.body());
        JsonObject order = Shop.awaitStatus(orderId, "REFUNDED");
        awaitRefundsSucceeded(orderId, 1);
        assertEquals(total, order.getJsonNumber("amountRefunded").longValue(), order.toString());
        assertFalse(order.getBoolean("restocked"), order.toString());

        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(paid.getString("paymentIntentId"));
        Charge charge = Shop.stripe().client().charges().retrieve(intent.getLatestCharge());
        assertEquals(total, charge.getAmountRefunded());
        assertNotNull(charge.getTransfer(), "a destination charge transfers to the seller: " + charge);
        Transfer transfer = Shop.stripe().client().transfers().retrieve(charge.getTransfer());
        assertEquals(total - fee, transfer.getAmount());
        assertEquals(transfer.getAmount(), transfer.getAmountReversed(), "the whole transfer is reversed");
        assertNotNull(charge.getApplicationFee(), "the platform took a fee on the charge: " + charge);
        ApplicationFee applicationFee = Shop.stripe().client().applicationFees().retrieve(charge.getApplicationFee());
        assertEquals(fee, applicationFee.getAmount());
        assertEquals(fee, applicationFee.getAmountRefunded(), "the whole fee goes back");

        assertEquals(2, Shop.stock(product), "no restock was asked for");
    }

    // 2

    @Test
    void theSellerRefundsPartOfTheirDirectOrderThenTheRestWithRestockPuttingTheItemsBackOnce() throws Exception {
        long product = Shop.product(direct, 2500, "eur", 5);
        JsonObject paid = paidOrder(product, 2);
        long orderId = paid.getJsonNumber("id").longValue();
        long total = paid.getJsonNumber("amountTotal").longValue();
        assertEquals(5000, total);
        assertEquals(3, Shop.stock(product));

        Reply first = refundAs(direct, orderId, "{\"amount\":1200,\"restock\":false}");

        assertAccepted(first);
        assertEquals(1200, first.json().getJsonNumber("amount").longValue());
        assertFalse(first.json().getBoolean("restock"));
        JsonObject partial = Shop.awaitStatus(orderId, "PARTIALLY_REFUNDED");
        awaitRefundsSucceeded(orderId, 1);
        assertEquals(1200, partial.getJsonNumber("amountRefunded").longValue(), partial.toString());
        assertEquals(3, Shop.stock(product), "a refund without restock leaves the stock alone");
        RequestOptions onSeller = SandboxStripe.onAccount(direct.stripeAccountId());
        assertEquals(1200L, chargeOf(paid.getString("paymentIntentId"), onSeller).getAmountRefunded());

        Reply rest = refundAs(direct, orderId, "{\"restock\":true}");

        assertAccepted(rest);
        assertTrue(rest.json().getBoolean("restock"), rest.body());
        assertEquals(total - 1200, rest.json().getJsonNumber("amount").longValue(), rest.body());
        Shop.awaitStatus(orderId, "REFUNDED");
        JsonObject refunded = awaitRefundsSucceeded(orderId, 2);
        assertEquals(total, refunded.getJsonNumber("amountRefunded").longValue(), refunded.toString());
        assertTrue(refunded.getBoolean("restocked"), refunded.toString());
        assertEquals(2, refunded.getJsonArray("refunds").size(), refunded.toString());
        assertEquals(total, chargeOf(paid.getString("paymentIntentId"), onSeller).getAmountRefunded());
        // Both charge.refunded events are handled too; the stock must still have moved only once.
        awaitProcessedEvents("charge.refunded", "connect", paid.getString("paymentIntentId"), 2);
        assertEquals(5, Shop.stock(product), "the 2 items go back exactly once");
        assertEquals(409, refundAs(direct, orderId, "{\"restock\":true}").status(), "nothing left to refund or restock");
        assertEquals(5, Shop.stock(product));
    }

    // 3

    @Test
    void aRefundLargerThanWhatIsLeftIsRefusedAndChangesNothing() throws Exception {
        long product = Shop.product(destination, 2500, "eur", 2);
        JsonObject paid = paidOrder(product, 1);
        long orderId = paid.getJsonNumber("id").longValue();
        assertAccepted(refundAsAdmin(orderId, "{\"amount\":1000}"));
        Shop.awaitStatus(orderId, "PARTIALLY_REFUNDED");
        awaitRefundsSucceeded(orderId, 1);
        long rowsBefore = refundRows(orderId);

        Reply reply = refundAsAdmin(orderId, "{\"amount\":1501}");

        assertEquals(409, reply.status(), reply.body());
        assertEquals("refund_exceeds_remaining", reply.json().getString("error"), reply.body());
        JsonObject order = Shop.order(orderId);
        assertEquals("PARTIALLY_REFUNDED", order.getString("status"));
        assertEquals(1000, order.getJsonNumber("amountRefunded").longValue(), order.toString());
        assertEquals(rowsBefore, refundRows(orderId), "no refund row for a refused request");
        assertEquals(1000L, chargeOf(paid.getString("paymentIntentId"), RequestOptions.getDefault()).getAmountRefunded());
    }

    // 4

    @Test
    void anotherSellerGetsNotFoundForTheOrder() throws Exception {
        long product = Shop.product(direct, 1500, "eur", 2);
        long orderId = paidOrder(product, 1).getJsonNumber("id").longValue();

        Reply reply = refundAs(otherSeller, orderId, "{}");

        assertEquals(404, reply.status(), reply.body());
        assertEquals("order_not_found", reply.json().getString("error"), reply.body());
        assertUntouched(orderId);
    }

    @Test
    void anAnonymousCallerMayNotRefund() throws Exception {
        long product = Shop.product(direct, 1500, "eur", 2);
        long orderId = paidOrder(product, 1).getJsonNumber("id").longValue();

        Reply reply = RunningMarketplace.api().request("POST", "/api/orders/" + orderId + "/refund", "{}");

        assertEquals(401, reply.status(), reply.body());
        assertUntouched(orderId);
    }

    @Test
    void anUnpaidOrderIsNotRefundable() throws Exception {
        long product = Shop.product(direct, 1500, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        assertEquals("PENDING", Shop.order(checkout.orderId()).getString("status"));

        Reply reply = refundAsAdmin(checkout.orderId(), "{}");

        assertEquals(409, reply.status(), reply.body());
        assertEquals("order_not_refundable", reply.json().getString("error"), reply.body());
        assertEquals(0, refundRows(checkout.orderId()));
        assertEquals("PENDING", Shop.order(checkout.orderId()).getString("status"));
    }

    @Test
    void aZeroOrNegativeAmountIsABadRequest() throws Exception {
        long product = Shop.product(direct, 1500, "eur", 2);
        long orderId = paidOrder(product, 1).getJsonNumber("id").longValue();

        Reply zero = refundAsAdmin(orderId, "{\"amount\":0}");
        Reply negative = refundAsAdmin(orderId, "{\"amount\":-100}");

        assertEquals(400, zero.status(), zero.body());
        assertEquals(400, negative.status(), negative.body());
        assertUntouched(orderId);
    }

    // 5

    @Test
    void aDirectRefundMadeAtStripeReachesTheOrderThroughTheConnectEndpoint() throws Exception {
        long product = Shop.product(direct, 3000, "eur", 2);
        JsonObject paid = paidOrder(product, 1);
        long orderId = paid.getJsonNumber("id").longValue();
        RequestOptions onSeller = SandboxStripe.onAccount(direct.stripeAccountId());

        Shop.stripe().client().refunds().create(RefundCreateParams.builder().setPaymentIntent(paid.getString("paymentIntentId"))
                .setAmount(700L).build(), onSeller);

        JsonObject partial = Shop.awaitStatus(orderId, "PARTIALLY_REFUNDED");
        assertEquals(700, partial.getJsonNumber("amountRefunded").longValue(), partial.toString());
        assertTrue(InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'charge.refunded' AND endpoint = 'connect'"
                + " AND account_id = ? AND payload LIKE ?", direct.stripeAccountId(), "%" + paid.getString("paymentIntentId") + "%") >= 1);

        Shop.stripe().client().refunds().create(RefundCreateParams.builder().setPaymentIntent(paid.getString("paymentIntentId"))
                .setAmount(2300L).build(), onSeller);

        JsonObject refunded = Shop.awaitStatus(orderId, "REFUNDED");
        assertEquals(3000, refunded.getJsonNumber("amountRefunded").longValue(), refunded.toString());
        assertEquals(1, Shop.stock(product), "a refund at Stripe does not put items back");
    }

    @Test
    void aDestinationRefundMadeAtStripeReachesTheOrderThroughThePlatformEndpoint() throws Exception {
        long product = Shop.product(destination, 3000, "eur", 2);
        JsonObject paid = paidOrder(product, 1);
        long orderId = paid.getJsonNumber("id").longValue();

        Shop.stripe().client().refunds().create(RefundCreateParams.builder().setPaymentIntent(paid.getString("paymentIntentId"))
                .build());

        JsonObject refunded = Shop.awaitStatus(orderId, "REFUNDED");
        assertEquals(3000, refunded.getJsonNumber("amountRefunded").longValue(), refunded.toString());
        assertTrue(InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'charge.refunded' AND endpoint = 'platform'"
                + " AND account_id IS NULL AND payload LIKE ?", "%" + paid.getString("paymentIntentId") + "%") >= 1);
    }

    // 6

    @Test
    void aDisputeOnADirectOrderFlagsItForTheAdminAndAWonDisputePutsItBackToPaid() throws Exception {
        long product = Shop.product(direct, 2000, "eur", 2);
        JsonObject paid = paidOrder(product, 1);
        long orderId = paid.getJsonNumber("id").longValue();
        Charge charge = chargeOf(paid.getString("paymentIntentId"), SandboxStripe.onAccount(direct.stripeAccountId()));

        String disputeId = openDispute(charge.getId());

        JsonObject disputed = Shop.awaitStatus(orderId, "DISPUTED");
        assertEquals(disputeId, disputed.getString("disputeId"), disputed.toString());
        assertEquals("needs_response", disputed.getString("disputeStatus"), disputed.toString());
        JsonObject listed = adminListed("DISPUTED", orderId);
        assertEquals(disputeId, listed.getString("disputeId"), listed.toString());
        assertEquals("needs_response", listed.getString("disputeStatus"), listed.toString());
        assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'charge.dispute.created'"
                + " AND endpoint = 'connect' AND account_id = ? AND payload LIKE ?", direct.stripeAccountId(), "%" + disputeId + "%"));
        assertEquals(409, refundAsAdmin(orderId, "{}").status(), "a disputed order is not refunded through the platform");

        closeDispute(disputeId, "won");

        JsonObject back = Shop.awaitStatus(orderId, "PAID");
        assertEquals("won", back.getString("disputeStatus"), back.toString());
        assertEquals(disputeId, back.getString("disputeId"), back.toString());
        assertTrue(adminList("DISPUTED").stream().noneMatch(o -> o.getJsonNumber("id").longValue() == orderId));
    }

    @Test
    void aLostDisputeOnADestinationOrderLeavesItDisputed() throws Exception {
        long product = Shop.product(destination, 2000, "eur", 2);
        JsonObject paid = paidOrder(product, 1);
        long orderId = paid.getJsonNumber("id").longValue();
        Charge charge = chargeOf(paid.getString("paymentIntentId"), RequestOptions.getDefault());

        String disputeId = openDispute(charge.getId());

        JsonObject disputed = Shop.awaitStatus(orderId, "DISPUTED");
        assertEquals(disputeId, disputed.getString("disputeId"), disputed.toString());
        assertEquals(disputeId, adminListed("DISPUTED", orderId).getString("disputeId"));
        assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'charge.dispute.created'"
                + " AND endpoint = 'platform' AND account_id IS NULL AND payload LIKE ?", "%" + disputeId + "%"));

        closeDispute(disputeId, "lost");

        JsonObject lost = awaitDisputeStatus(orderId, "lost");
        assertEquals("DISPUTED", lost.getString("status"), lost.toString());
        assertEquals(disputeId, adminListed("DISPUTED", orderId).getString("disputeId"));
    }

    // 7

    @Test
    void twoFullRefundsAtOnceRefundOnce() throws Exception {
        long product = Shop.product(destination, 3300, "eur", 2);
        JsonObject paid = paidOrder(product, 1);
        long orderId = paid.getJsonNumber("id").longValue();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            replies.add(POOL.submit(() -> {
                start.await();
                return refundAsAdmin(orderId, "{}");
            }));
        }

        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            statuses.add(reply.get(60, TimeUnit.SECONDS).status());
        }

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one refund goes through: " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), "the other is refused: " + statuses);
        Shop.awaitStatus(orderId, "REFUNDED");
        JsonObject refunded = awaitRefundsSucceeded(orderId, 1);
        assertEquals(3300, refunded.getJsonNumber("amountRefunded").longValue());
        assertEquals(1, refundRows(orderId));
        Charge charge = chargeOf(paid.getString("paymentIntentId"), RequestOptions.getDefault());
        assertEquals(3300L, charge.getAmountRefunded());
        assertNotNull(charge.getRefunds(), "the charge lists its refunds: " + charge);
        List<Refund> atStripe = charge.getRefunds().getData();
        assertEquals(1, atStripe.size(), "exactly one refund at Stripe: " + atStripe);
        assertEquals(3300L, atStripe.get(0).getAmount());
    }

    // helpers

    private static JsonObject paidOrder(long product, int quantity) throws InterruptedException {
        Started checkout = Shop.checkout(product, quantity);
        Shop.pay(checkout);
        return Shop.awaitStatus(checkout.orderId(), "PAID");
    }

    private static Reply refundAsAdmin(long orderId, String body) {
        return RunningMarketplace.api().request("POST", "/api/orders/" + orderId + "/refund", body,
                "Authorization", RunningMarketplace.adminAuthorization());
    }

    private static Reply refundAs(Registered seller, long orderId, String body) {
        return RunningMarketplace.api().request("POST", "/api/orders/" + orderId + "/refund", body,
                "Authorization", seller.authorization());
    }

    /**
     * With Stripe reachable the request's own attempt goes through: 200 and SUCCEEDED, never 202 (the
     * outbox worker must not take a refund from under the request that wrote it; it once did).
     */
    private static void assertAccepted(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals("SUCCEEDED", reply.json().getString("status"), reply.body());
    }

    /** Polls the order until it has {@code count} refunds, all SUCCEEDED at Stripe; returns it then. */
    private static JsonObject awaitRefundsSucceeded(long orderId, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Shop.order(orderId);
            List<JsonObject> refunds = last.getJsonArray("refunds").getValuesAs(JsonObject.class);
            if (refunds.size() == count && refunds.stream().allMatch(r -> "SUCCEEDED".equals(r.getString("status")))) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("order " + orderId + " never had " + count + " succeeded refunds; last seen: " + last);
    }

    private static long refundRows(long orderId) throws Exception {
        return Shop.longValue("SELECT COUNT(*) FROM order_refunds WHERE order_id = ?", orderId);
    }

    private static void assertUntouched(long orderId) throws Exception {
        JsonObject order = Shop.order(orderId);
        assertEquals("PAID", order.getString("status"), order.toString());
        assertEquals(0, order.getJsonNumber("amountRefunded").longValue(), order.toString());
        assertEquals(0, refundRows(orderId));
    }

    private static Charge chargeOf(String paymentIntentId, RequestOptions scope) throws Exception {
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(paymentIntentId, scope);
        return Shop.stripe().client().charges().retrieve(intent.getLatestCharge(), scope);
    }

    private static String openDispute(String chargeId) {
        SandboxStripe.Raw opened = Shop.stripe().helper("charges/" + chargeId + "/dispute", "reason", "fraudulent");
        assertEquals(200, opened.status(), opened.body());
        return json(opened.body()).getString("id");
    }

    private static void closeDispute(String disputeId, String outcome) {
        SandboxStripe.Raw closed = Shop.stripe().helper("disputes/" + disputeId + "/close", "status", outcome);
        assertEquals(200, closed.status(), closed.body());
    }

    private static JsonObject awaitDisputeStatus(long orderId, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Shop.order(orderId);
            if (expected.equals(last.getString("disputeStatus", null))) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("order " + orderId + " never had dispute status " + expected + "; last seen: " + last);
    }

    private static void awaitProcessedEvents(String type, String endpoint, String paymentIntentId, int expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int processed = 0;
        while (Instant.now().isBefore(deadline)) {
            processed = InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = ? AND endpoint = ? AND payload LIKE ?"
                    + " AND status = 'processed'", type, endpoint, "%" + paymentIntentId + "%");
            if (processed >= expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(expected + " " + type + " events expected processed, saw " + processed);
    }

    private static List<JsonObject> adminList(String status) {
        Reply reply = RunningMarketplace.api().get("/api/admin/orders?status=" + status + "&limit=200",
                "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, reply.status(), reply.body());
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class);
        }
    }

    private static JsonObject adminListed(String status, long orderId) {
        List<JsonObject> orders = adminList(status);
        assertTrue(orders.stream().allMatch(o -> status.equals(o.getString("status"))), orders.toString());
        return orders.stream().filter(o -> o.getJsonNumber("id").longValue() == orderId).findFirst()
                .orElseThrow(() -> new AssertionError("order " + orderId + " not in the admin's " + status + " list: " + orders));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
