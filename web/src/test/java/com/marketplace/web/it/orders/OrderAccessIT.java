package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who reads which order: the buyer with the checkout's order token (the buyer's view, without fees or
 * accounts), its seller and the admin (the full view); anyone else gets the answer an unknown id gets.
 */
@ExtendWith(RunningMarketplace.class)
class OrderAccessIT {

    private static final String TOKEN = "X-Order-Token";

    private static Registered seller;
    private static Registered otherSeller;

    @BeforeAll
    static void sellers() throws Exception {
        seller = Shop.activeSeller("DESTINATION");
        otherSeller = Shop.activeSeller("DIRECT");
    }

    @Test
    void theBuyerReadsTheirOrderWithItsTokenAndOnlyWithIt() {
        long product = Shop.product(seller, 1900, "eur", 3);
        Started checkout = Shop.checkout(product, 2);
        String path = "/api/orders/" + checkout.orderId();

        Reply buyer = RunningMarketplace.api().get(path, TOKEN, checkout.orderToken());
        assertEquals(200, buyer.status(), buyer.body());
        JsonObject view = buyer.json();
        assertEquals(checkout.orderId(), view.getJsonNumber("id").longValue());
        assertEquals("PENDING", view.getString("status"));
        assertEquals(3800, view.getJsonNumber("amountTotal").longValue());
        for (String hidden : List.of("applicationFeeAmount", "stripeAccountId", "feeBasisPoints", "feeFixedAmount", "sellerId",
                "checkoutSessionId", "paymentIntentId")) {
            assertFalse(view.containsKey(hidden), hidden + " is not for the buyer: " + view);
        }

        assertNotFound(RunningMarketplace.api().get(path, TOKEN, checkout.orderToken() + "x"), "order_not_found");
        assertNotFound(RunningMarketplace.api().get(path, TOKEN, "not-the-token"), "order_not_found");
        assertNotFound(RunningMarketplace.api().get(path), "order_not_found");
        Started another = Shop.checkout(product, 1);
        assertNotFound(RunningMarketplace.api().get(path, TOKEN, another.orderToken()), "order_not_found");
    }

    @Test
    void theSellerReadsTheirOwnOrderAnotherSellerCannotAndTheAdminReadsAny() {
        long product = Shop.product(seller, 2500, "eur", 3);
        Started checkout = Shop.checkout(product, 1);
        String path = "/api/orders/" + checkout.orderId();

        Reply own = RunningMarketplace.api().get(path, "Authorization", seller.authorization());
        assertEquals(200, own.status(), own.body());
        assertTrue(own.json().containsKey("applicationFeeAmount"), own.body());
        assertEquals(seller.stripeAccountId(), own.json().getString("stripeAccountId"));
        assertEquals(seller.id(), own.json().getJsonNumber("sellerId").longValue());

        assertNotFound(RunningMarketplace.api().get(path, "Authorization", otherSeller.authorization()), "order_not_found");
        // The token does not open the door for a signed-in other seller either.
        assertNotFound(RunningMarketplace.api().get(path, "Authorization", otherSeller.authorization(), TOKEN, checkout.orderToken()),
                "order_not_found");

        Reply admin = RunningMarketplace.api().get(path, "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, admin.status(), admin.body());
        assertEquals(own.json().getJsonNumber("applicationFeeAmount"), admin.json().getJsonNumber("applicationFeeAmount"));
        assertEquals(checkout.sessionId(), admin.json().getString("checkoutSessionId"));
    }

    @Test
    void aSellerListsTheirOrdersNewestFirstAndFiltersByStatus() throws Exception {
        Registered lister = Shop.activeSeller("DESTINATION");
        long product = Shop.product(lister, 1000, "eur", 5);
        Started first = Shop.checkout(product, 1);
        Started second = Shop.checkout(product, 1);
        Started third = Shop.checkout(product, 1);
        Shop.pay(second);
        Shop.awaitStatus(second.orderId(), "PAID");
        String path = "/api/sellers/" + lister.id() + "/orders";

        Reply all = RunningMarketplace.api().get(path, "Authorization", lister.authorization());
        assertEquals(200, all.status(), all.body());
        assertEquals(List.of(third.orderId(), second.orderId(), first.orderId()), ids(array(all)));
        for (JsonObject order : array(all).getValuesAs(JsonObject.class)) {
            assertEquals(lister.id(), order.getJsonNumber("sellerId").longValue());
        }

        Reply paid = RunningMarketplace.api().get(path + "?status=PAID", "Authorization", lister.authorization());
        assertEquals(200, paid.status(), paid.body());
        assertEquals(List.of(second.orderId()), ids(array(paid)));
        Reply lowerCase = RunningMarketplace.api().get(path + "?status=pending", "Authorization", lister.authorization());
        assertEquals(List.of(third.orderId(), first.orderId()), ids(array(lowerCase)));

        Reply paged = RunningMarketplace.api().get(path + "?offset=1&limit=1", "Authorization", lister.authorization());
        assertEquals(200, paged.status(), paged.body());
        assertEquals(List.of(second.orderId()), ids(array(paged)));

        assertNotFound(RunningMarketplace.api().get(path, "Authorization", otherSeller.authorization()), null);

        Reply bogus = RunningMarketplace.api().get(path + "?status=BOGUS", "Authorization", lister.authorization());
        assertEquals(400, bogus.status(), bogus.body());
        assertEquals("validation_failed", bogus.json().getString("error"), bogus.body());

        Reply admin = RunningMarketplace.api().get(path, "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, admin.status(), admin.body());
        assertEquals(3, array(admin).size());
    }

    @Test
    void theReturnPageConfirmsTheSessionSynchronouslyAndAnswersTheBuyersView() {
        long product = Shop.product(seller, 1100, "eur", 2);
        Started checkout = Shop.checkout(product, 1);
        String path = "/api/checkout/confirm?session_id=" + checkout.sessionId();

        Reply before = RunningMarketplace.api().get(path);
        assertEquals(200, before.status(), before.body());
        assertEquals(checkout.orderId(), before.json().getJsonNumber("id").longValue());
        assertEquals("PENDING", before.json().getString("status"));
        assertFalse(before.json().containsKey("applicationFeeAmount"), before.body());
        assertFalse(before.json().containsKey("stripeAccountId"), before.body());

        Shop.pay(checkout);
        Reply after = RunningMarketplace.api().get(path);
        assertEquals(200, after.status(), after.body());
        assertEquals("PAID", after.json().getString("status"), "the return page asks Stripe itself: " + after.body());
        assertFalse(after.json().containsKey("applicationFeeAmount"), after.body());

        assertNotFound(RunningMarketplace.api().get("/api/checkout/confirm?session_id=cs_test_doesNotExist123"), "checkout_session_not_found");
        for (String malformed : List.of("?session_id=not-a-session", "?session_id=pi_123", "?session_id=cs_%27%3B--", "")) {
            Reply bad = RunningMarketplace.api().get("/api/checkout/confirm" + malformed);
            assertEquals(400, bad.status(), malformed + ": " + bad.body());
            assertEquals("validation_failed", bad.json().getString("error"), bad.body());
        }
    }

    @Test
    void onlyTheAdminListsEveryOrder() {
        long product = Shop.product(seller, 1200, "eur", 2);
        Started checkout = Shop.checkout(product, 1);

        Reply admin = RunningMarketplace.api().get("/api/admin/orders", "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, admin.status(), admin.body());
        assertTrue(ids(array(admin)).contains(checkout.orderId()), admin.body());
        Reply pending = RunningMarketplace.api().get("/api/admin/orders?status=PENDING&limit=200", "Authorization",
                RunningMarketplace.adminAuthorization());
        assertEquals(200, pending.status(), pending.body());
        for (JsonObject order : array(pending).getValuesAs(JsonObject.class)) {
            assertEquals("PENDING", order.getString("status"));
        }

        Reply asSeller = RunningMarketplace.api().get("/api/admin/orders", "Authorization", seller.authorization());
        assertEquals(403, asSeller.status(), asSeller.body());
        Reply anonymous = RunningMarketplace.api().get("/api/admin/orders");
        assertEquals(401, anonymous.status(), anonymous.body());
        Reply withToken = RunningMarketplace.api().get("/api/admin/orders", TOKEN, checkout.orderToken());
        assertEquals(401, withToken.status(), withToken.body());
    }

    private static void assertNotFound(Reply reply, String error) {
        assertEquals(404, reply.status(), reply.body());
        if (error != null) {
            assertEquals(error, reply.json().getString("error"), reply.body());
        }
    }

    private static JsonArray array(Reply reply) {
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    private static List<Long> ids(JsonArray orders) {
        return orders.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
