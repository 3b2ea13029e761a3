package com.marketplace.web.it.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.WebhookFaults;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.param.TransferListParams;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cart across three sellers paid once: seller A (Destination, 10 % + 0.30) sells two products,
 * seller B (Direct, 5 %) one, seller C (Destination, 8 %) one. One session on the platform with the
 * purchase's transfer group, three orders, and after the confirmation (never before) one transfer
 * per paid order of its total less its fee, from the purchase's charge.
 */
@ExtendWith(RunningMarketplace.class)
class MultiSellerPurchaseIT {

    private static Registered sellerA;
    private static Registered sellerB;
    private static Registered sellerC;

    @BeforeAll
    static void sellers() throws Exception {
        sellerA = Shop.activeSeller("DESTINATION");
        sellerB = Shop.activeSeller("DIRECT");
        sellerC = Shop.activeSeller("DESTINATION");
        Shop.feeOverride(sellerA, "eur", 1_000, 30);
        Shop.feeOverride(sellerB, "eur", 500, 0);
        Shop.feeOverride(sellerC, "eur", 800, 0);
    }

    @AfterEach
    void noFaultsLeft() {
        WebhookFaults.clear();
    }

    private record Cart(long mug, long teapot, long kettle, long spoon) {
    }

    private static Cart cart() {
        return new Cart(Shop.product(sellerA, 1_200, "eur", 5), Shop.product(sellerA, 2_500, "eur", 5),
                Shop.product(sellerB, 4_000, "eur", 5), Shop.product(sellerC, 900, "eur", 5));
    }

    private record Purchase(long id, List<Long> orderIds, String sessionId) {
    }

    // 2 mugs and a teapot from A (49.00, fee 5.20), a kettle from B (40.00, fee 2.00), a spoon from C (9.00, fee 0.72).
    private static Purchase checkout(Cart cart) {
        Reply reply = Shop.checkout("{\"items\":[{\"productId\":" + cart.mug() + ",\"quantity\":2},{\"productId\":" + cart.kettle()
                + ",\"quantity\":1},{\"productId\":" + cart.teapot() + ",\"quantity\":1},{\"productId\":" + cart.spoon() + ",\"quantity\":1}]}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertEquals(9_800, body.getJsonNumber("amountTotal").longValue());
        List<Long> orders = body.getJsonArray("orderIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
        return new Purchase(body.getJsonNumber("purchaseId").longValue(), orders, body.getString("sessionId"));
    }

    private static void pay(Purchase purchase) {
        SandboxPay.card(purchase.sessionId());
    }

    private static List<Transfer> transfersOf(Purchase purchase) throws Exception {
        return Shop.stripe().client().transfers().list(TransferListParams.builder().setTransferGroup("purchase_" + purchase.id())
                .setLimit(100L).build()).getData().stream().sorted(Comparator.comparing(Transfer::getDestination)).toList();
    }

    private static JsonObject awaitTransfer(long orderId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Shop.order(orderId);
            if (last.containsKey("transfer") && status.equals(last.getJsonObject("transfer").getString("status"))) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("order " + orderId + "'s transfer never became " + status + "; last seen: " + last);
    }

    @Test
    void oneSessionOnThePlatformPaysThreeOrdersAndEachSellerIsTransferredItsTotalLessItsFee() throws Exception {
        Purchase purchase = checkout(cart());
        assertEquals(3, purchase.orderIds().size());
        Session session = Shop.stripe().client().checkout().sessions().retrieve(purchase.sessionId());
        assertEquals(String.valueOf(purchase.id()), session.getMetadata().get("purchase_id"));
        assertEquals(9_800L, session.getAmountTotal());
        assertTrue(transfersOf(purchase).isEmpty(), "nothing is transferred before the payment is confirmed");

        pay(purchase);

        for (long orderId : purchase.orderIds()) {
            awaitTransfer(orderId, "SENT");
        }
        JsonObject orderA = Shop.order(purchase.orderIds().get(0));
        assertEquals("PAID", orderA.getString("status"));
        assertEquals(520, orderA.getJsonNumber("applicationFeeAmount").longValue());
        assertEquals(2, orderA.getJsonArray("lines").size());
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(orderA.getString("paymentIntentId"));
        assertEquals("purchase_" + purchase.id(), intent.getTransferGroup());
        assertEquals(null, intent.getTransferData(), "no destination: the platform pays each seller itself");
        Map<String, Long> transferred = transfersOf(purchase).stream()
                .collect(Collectors.toMap(Transfer::getDestination, Transfer::getAmount));
        assertEquals(Map.of(sellerA.stripeAccountId(), 4_380L, sellerB.stripeAccountId(), 3_800L, sellerC.stripeAccountId(), 828L),
                transferred);
        assertTrue(transfersOf(purchase).stream().allMatch(transfer -> intent.getLatestCharge().equals(transfer.getSourceTransaction())));
    }

    @Test
    void aSellerShortOfStockAtConfirmationIsRefundedItsShareAndNotTransferred() throws Exception {
        Cart cart = cart();
        Purchase purchase = checkout(cart);
        Shop.execute("UPDATE products SET stock = 0 WHERE id = ?", cart.kettle());

        pay(purchase);

        Shop.awaitStatus(purchase.orderIds().get(1), Set.of("REFUNDED"), Duration.ofSeconds(30));
        awaitTransfer(purchase.orderIds().get(0), "SENT");
        awaitTransfer(purchase.orderIds().get(2), "SENT");
        JsonObject orderB = Shop.order(purchase.orderIds().get(1));
        assertEquals(4_000, orderB.getJsonNumber("amountRefunded").longValue());
        assertFalse(orderB.containsKey("transfer"), "B's share is never transferred: " + orderB);
        assertEquals(List.of(sellerA.stripeAccountId(), sellerC.stripeAccountId()).stream().sorted().toList(),
                transfersOf(purchase).stream().map(Transfer::getDestination).sorted().toList());
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(orderB.getString("paymentIntentId"));
        assertEquals(4_000L, Shop.stripe().client().charges().retrieve(intent.getLatestCharge()).getAmountRefunded());
        assertEquals(3, Shop.stock(cart.mug()));
    }

    @Test
    void eventsDuplicatedAndShuffledChangeNothing() throws Exception {
        Purchase purchase = checkout(cart());
        WebhookFaults.hold();
        Shop.stripe().helper("webhooks/faults", "copies", "3");

        pay(purchase);
        WebhookFaults.releaseShuffled();

        for (long orderId : purchase.orderIds()) {
            awaitTransfer(orderId, "SENT");
        }
        Thread.sleep(2_000); // the copies still arriving find nothing left to do
        assertEquals(3, transfersOf(purchase).size());
        assertEquals(List.of("PAID", "PAID", "PAID"), purchase.orderIds().stream().map(id -> Shop.order(id).getString("status")).toList());
    }

    @Test
    void aTransferWhoseOutcomeWasLostInACrashIsMadeOnceWhenItIsSentAgain() throws Exception {
        Purchase purchase = checkout(cart());
        pay(purchase);
        for (long orderId : purchase.orderIds()) {
            awaitTransfer(orderId, "SENT");
        }
        List<String> made = transfersOf(purchase).stream().map(Transfer::getId).sorted().toList();

        // As if the instance died after Stripe made the transfers and before it stored them: the rows are owed again.
        Shop.execute("UPDATE order_transfers SET status = 'PENDING', stripe_transfer_id = NULL, next_attempt_at = ? WHERE purchase_id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)), purchase.id());
        for (long orderId : purchase.orderIds()) {
            awaitTransfer(orderId, "SENT");
        }

        assertEquals(made, transfersOf(purchase).stream().map(Transfer::getId).sorted().toList());
        assertEquals(made, purchase.orderIds().stream().map(id -> Shop.order(id).getJsonObject("transfer").getString("stripeTransferId"))
                .sorted().toList());
    }

    @Test
    void theBuyerReadsThePurchaseWithEachSellersPartAndASellerCannot() {
        Reply started = Shop.checkout("{\"items\":[{\"productId\":" + Shop.product(sellerA, 500, "eur", 2) + ",\"quantity\":1},"
                + "{\"productId\":" + Shop.product(sellerB, 700, "eur", 2) + ",\"quantity\":1}]}");
        assertEquals(201, started.status(), started.body());
        long purchaseId = started.json().getJsonNumber("purchaseId").longValue();

        Reply asBuyer = RunningMarketplace.api().get("/api/purchases/" + purchaseId, "X-Order-Token", started.json().getString("orderToken"));
        assertEquals(200, asBuyer.status(), asBuyer.body());
        assertEquals("SEPARATE_TRANSFERS", asBuyer.json().getString("routing"));
        assertEquals(2, asBuyer.json().getJsonArray("orders").size());
        assertEquals(404, RunningMarketplace.api().get("/api/purchases/" + purchaseId).status());
    }

    @Test
    void aCartInTwoCurrenciesOrWithACodeAcrossSellersIsRefused() {
        Reply mixed = Shop.checkout("{\"items\":[{\"productId\":" + Shop.product(sellerA, 500, "eur", 2) + ",\"quantity\":1},"
                + "{\"productId\":" + Shop.product(sellerC, 700, "usd", 2) + ",\"quantity\":1}]}");
        assertEquals(400, mixed.status(), mixed.body());
        assertEquals("mixed_currencies", mixed.json().getString("error"));

        Reply coded = Shop.checkout("{\"items\":[{\"productId\":" + Shop.product(sellerA, 500, "eur", 2) + ",\"quantity\":1},"
                + "{\"productId\":" + Shop.product(sellerB, 700, "eur", 2) + ",\"quantity\":1}],\"promotionCode\":\"SPRING\"}");
        assertEquals(400, coded.status(), coded.body());
        assertEquals("promotion_code_invalid", coded.json().getString("error"));
    }
}
