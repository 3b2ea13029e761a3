package com.marketplace.web.it.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.ChargeActions;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.WebhookFaults;
import com.stripe.model.Transfer;
import com.stripe.model.TransferReversal;
import com.stripe.param.TransferListParams;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money of a purchase across three sellers after it is paid: a refund of one seller's order
 * reverses their transfer only, by the refund less its share of the fee (all of it when the order is
 * refunded in full); a reversal the seller's balance cannot cover is unrecovered, for the admin to
 * see; a dispute lost on the whole charge takes each seller's share back, a won one gives it back;
 * duplicated and shuffled events change nothing. Read at Stripe through stripe-java.
 */
@ExtendWith(RunningMarketplace.class)
class PurchaseMoneyIT {

    private static Registered sellerA;
    private static Registered sellerB;
    private static Registered sellerC;

    @BeforeAll
    static void sellers() throws Exception {
        sellerA = Shop.activeSeller("DESTINATION");
        sellerB = Shop.activeSeller("DIRECT");
        sellerC = Shop.activeSeller("DESTINATION");
        // A's fee on its 4000: 10% + 30 = 430, so a refund of 1000 returns 107.5 -> 108 of it.
        Shop.feeOverride(sellerA, "eur", 1_000, 30);
        Shop.feeOverride(sellerB, "eur", 500, 0);
        Shop.feeOverride(sellerC, "eur", 0, 0);
    }

    @AfterEach
    void clearFaults() {
        WebhookFaults.clear();
    }

    @Test
    void aPartialRefundOfOneSellersOrderReversesTheRefundLessItsFeeShareOfThatSellersTransferOnly() throws Exception {
        Bought bought = buy();

        Reply refund = refund(bought.orderA(), "{\"amount\":1000}");

        assertEquals(200, refund.status(), refund.body());
        JsonObject reversal = awaitMovement(bought.purchaseId(), movement -> "reversal".equals(movement.getString("kind"))
                && "done".equals(movement.getString("status")));
        assertEquals(892, reversal.getJsonNumber("amount").longValue(), reversal.toString());
        assertEquals("refund", reversal.getString("reason"));
        assertEquals(892, transferAtStripe(bought.orderA()).getAmountReversed());
        assertEquals(0, transferAtStripe(bought.orderB()).getAmountReversed());
        assertEquals(0, transferAtStripe(bought.orderC()).getAmountReversed());
        List<TransferReversal> reversals = stripe().client().v1().transfers().reversals()
                .list(transferAtStripe(bought.orderA()).getId()).getData();
        assertEquals(1, reversals.size());
        assertEquals(892, reversals.get(0).getAmount());
    }

    @Test
    void aFullRefundOfOneSellersOrderReversesTheirWholeTransfer() throws Exception {
        Bought bought = buy();

        Reply refund = refund(bought.orderA(), "{}");

        assertEquals(200, refund.status(), refund.body());
        awaitMovement(bought.purchaseId(), movement -> "reversal".equals(movement.getString("kind"))
                && "done".equals(movement.getString("status")) && movement.getJsonNumber("amount").longValue() == 3_570);
        assertEquals(3_570, transferAtStripe(bought.orderA()).getAmountReversed());
        assertEquals(0, transferAtStripe(bought.orderC()).getAmountReversed());
    }

    @Test
    void aReversalTheSellersBalanceCannotCoverIsRecordedUnrecoveredForTheAdmin() throws Exception {
        Bought bought = buy();
        SandboxStripe.Raw emptied = stripe().helper("accounts/" + sellerA.stripeAccountId() + "/balance", "available", "0", "currency", "eur");
        assertEquals(200, emptied.status(), emptied.body());

        Reply refund = refund(bought.orderA(), "{\"amount\":1000}");

        assertEquals(200, refund.status(), refund.body());
        JsonObject unrecovered = awaitMovement(bought.purchaseId(), movement -> movement.getBoolean("unrecovered"));
        assertEquals("balance_insufficient", unrecovered.getString("failure"), unrecovered.toString());
        assertEquals(892, unrecovered.getJsonNumber("amount").longValue());
        assertEquals(0, transferAtStripe(bought.orderA()).getAmountReversed());
    }

    @Test
    void aDisputeLostOnTheWholeChargeReversesEachSellersShareAndAWonOneTransfersItBackWhateverTheOrderAndCopiesOfItsEvents()
            throws Exception {
        Bought bought = buy();
        ChargeActions.Payment payment = new ChargeActions.Payment(bought.paymentIntentId(), bought.chargeId(),
                com.stripe.net.RequestOptions.getDefault());
        WebhookFaults.hold();
        assertEquals(200, stripe().helper("webhooks/faults", "copies", "2").status());
        String disputeId = ChargeActions.openDispute(payment);
        WebhookFaults.releaseShuffled();

        for (long order : List.of(bought.orderA(), bought.orderB(), bought.orderC())) {
            Shop.awaitStatus(order, "DISPUTED");
        }
        // 8500 disputed, split 4000 / 3000 / 1500: each share exceeds what its seller was transferred, so each transfer goes back whole.
        awaitMovements(bought.purchaseId(), 3, movement -> "reversal".equals(movement.getString("kind"))
                && "dispute".equals(movement.getString("reason")) && "done".equals(movement.getString("status")));
        assertEquals(3_570, transferAtStripe(bought.orderA()).getAmountReversed());
        assertEquals(2_850, transferAtStripe(bought.orderB()).getAmountReversed());
        assertEquals(1_500, transferAtStripe(bought.orderC()).getAmountReversed());

        WebhookFaults.hold();
        ChargeActions.closeDispute(disputeId, "won");
        WebhookFaults.releaseShuffled();

        awaitMovements(bought.purchaseId(), 3, movement -> "retransfer".equals(movement.getString("kind"))
                && "done".equals(movement.getString("status")));
        Thread.sleep(1_500); // the duplicate copies had their time: still one movement each
        assertEquals(3, count(movements(bought.purchaseId()), movement -> "retransfer".equals(movement.getString("kind"))));
        assertEquals(3, count(movements(bought.purchaseId()), movement -> "reversal".equals(movement.getString("kind"))));
        assertEquals(List.of(3_570L, 3_570L), transfersTo(sellerA));
        assertEquals(List.of(2_850L, 2_850L), transfersTo(sellerB));
        for (long order : List.of(bought.orderA(), bought.orderB(), bought.orderC())) {
            Shop.awaitStatus(order, "PAID");
        }
    }

    // A: 2 x 2000 (fee 430, transfer 3570); B: 1 x 3000 (fee 150, transfer 2850); C: 1 x 1500 (no fee, transfer 1500).
    private static Bought buy() throws Exception {
        long a = Shop.product(sellerA, 2_000, "eur", 10);
        long b = Shop.product(sellerB, 3_000, "eur", 10);
        long c = Shop.product(sellerC, 1_500, "eur", 10);
        Reply started = Shop.checkout("{\"items\":[{\"productId\":" + a + ",\"quantity\":2},{\"productId\":" + b
                + ",\"quantity\":1},{\"productId\":" + c + ",\"quantity\":1}]}");
        assertEquals(201, started.status(), started.body());
        JsonObject body = started.json();
        List<Long> orders = body.getJsonArray("orderIds").getValuesAs(JsonValue.class).stream()
                .map(value -> ((jakarta.json.JsonNumber) value).longValue()).toList();
        assertEquals(3, orders.size(), body.toString());
        long orderA = ofSeller(orders, sellerA);
        long orderB = ofSeller(orders, sellerB);
        long orderC = ofSeller(orders, sellerC);
        assertEquals(200, stripe().helper("checkout/sessions/" + body.getString("sessionId") + "/pay", "card", "4242424242424242").status());
        for (long order : orders) {
            awaitTransferSent(order);
        }
        JsonObject first = Shop.order(orderA);
        String transferA = first.getJsonObject("transfer").getString("stripeTransferId");
        String charge = stripe().client().v1().transfers().retrieve(transferA).getSourceTransaction();
        String intent = stripe().client().v1().charges().retrieve(charge).getPaymentIntent();
        return new Bought(body.getJsonNumber("purchaseId").longValue(), orderA, orderB, orderC, intent, charge);
    }

    private static long ofSeller(List<Long> orders, Registered seller) {
        return orders.stream().filter(order -> Shop.order(order).getJsonNumber("sellerId").longValue() == seller.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no order of seller " + seller.id() + " among " + orders));
    }

    private record Bought(long purchaseId, long orderA, long orderB, long orderC, String paymentIntentId, String chargeId) {
    }

    private static Reply refund(long orderId, String body) {
        return RunningMarketplace.api().request("POST", "/api/orders/" + orderId + "/refund", body,
                "Authorization", RunningMarketplace.adminAuthorization());
    }

    private static void awaitTransferSent(long orderId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Shop.order(orderId);
            if (last.containsKey("transfer") && !last.isNull("transfer") && "SENT".equals(last.getJsonObject("transfer").getString("status"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("order " + orderId + " was never transferred; last seen: " + last);
    }

    private static Transfer transferAtStripe(long orderId) throws Exception {
        return stripe().client().v1().transfers().retrieve(Shop.order(orderId).getJsonObject("transfer").getString("stripeTransferId"));
    }

    // The latest purchase's transfer and the transfer back: the two newest transfers to the seller.
    private static List<Long> transfersTo(Registered seller) throws Exception {
        List<Transfer> newestFirst = stripe().client().v1().transfers().list(TransferListParams.builder()
                .setDestination(seller.stripeAccountId()).setLimit(2L).build()).getData();
        return newestFirst.stream().map(Transfer::getAmount).toList();
    }

    private static JsonArray movements(long purchaseId) {
        Reply reply = RunningMarketplace.api().get("/api/admin/purchases/" + purchaseId + "/movements",
                "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, reply.status(), reply.body());
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    private static long count(JsonArray movements, Predicate<JsonObject> which) {
        return movements.stream().map(JsonValue::asJsonObject).filter(which).count();
    }

    private static JsonObject awaitMovement(long purchaseId, Predicate<JsonObject> which) throws InterruptedException {
        awaitMovements(purchaseId, 1, which);
        return movements(purchaseId).stream().map(JsonValue::asJsonObject).filter(which).findFirst().orElseThrow();
    }

    private static void awaitMovements(long purchaseId, int expected, Predicate<JsonObject> which) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonArray last = null;
        while (Instant.now().isBefore(deadline)) {
            last = movements(purchaseId);
            if (count(last, which) >= expected) {
                assertTrue(count(last, which) == expected, "more movements than expected: " + last);
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("purchase " + purchaseId + " never had " + expected + " such movements; last seen: " + last);
    }

    private static SandboxStripe stripe() {
        return Shop.stripe();
    }
}
