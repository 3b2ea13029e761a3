package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Integers are integers in every request body: what JSON-B would coerce (1.5 into 1, "13" into 13,
 * 99999999999 wrapped into 1215752191) is a 400 {@code validation_failed} naming the field, and
 * nothing is created or changed.
 */
@ExtendWith(RunningMarketplace.class)
class RequestBodyTypesIT {

    private static Registered seller;
    private static long product;

    @BeforeAll
    static void aSellerWithAProduct() throws Exception {
        seller = Shop.activeSeller("DESTINATION");
        product = Shop.product(seller, 1500, "eur", 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1.0", "1e0", "\"1\"", "true", "99999999999"})
    void aCheckoutQuantityThatIsNotAWholeNumberInRangeIsRefusedAndCreatesNoOrder(String quantity) throws Exception {
        Reply reply = Shop.checkout("{\"productId\":" + product + ",\"quantity\":" + quantity + "}");

        assertRefused(reply, "quantity");
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM orders WHERE product_id = ?", product));
    }

    @Test
    void aFractionalProductIdIsRefusedRatherThanBuyingTheProductItRoundsTo() throws Exception {
        Reply reply = Shop.checkout("{\"productId\":" + product + ".7,\"quantity\":1}");

        assertRefused(reply, "productId");
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM orders WHERE product_id = ?", product));
    }

    @Test
    void aNewProductWithAFractionalStockIsRefusedAndNotCreated() throws Exception {
        long before = productsOfSeller();

        Reply reply = Sellers.post(seller, "/api/sellers/" + seller.id() + "/products",
                "{\"name\":\"Jug\",\"priceAmount\":1500,\"currency\":\"eur\",\"stock\":2.5,\"active\":true}");

        assertRefused(reply, "stock");
        assertEquals(before, productsOfSeller());
    }

    @Test
    void aNewProductWhoseOnSaleFlagIsAStringIsRefusedAndNotCreated() throws Exception {
        long before = productsOfSeller();

        Reply reply = Sellers.post(seller, "/api/sellers/" + seller.id() + "/products",
                "{\"name\":\"Jug\",\"priceAmount\":1500,\"currency\":\"eur\",\"stock\":2,\"active\":\"true\"}");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("active", reply.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertTrue(reply.json().getString("message").contains("active must be true or false"), reply.body());
        assertEquals(before, productsOfSeller());
    }

    @Test
    void aPatchWithAFractionalPriceIsRefusedAndChangesNothing() throws Exception {
        Reply reply = RunningMarketplace.api().request("PATCH", "/api/products/" + product, "{\"priceAmount\":1999.5,\"name\":\"Renamed\"}",
                "Authorization", seller.authorization());

        assertRefused(reply, "priceAmount");
        assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM products WHERE id = ? AND price_amount = 1500 AND name <> 'Renamed'", product));
    }

    @Test
    void aFeeOverrideWithFractionalBasisPointsIsRefusedAndNotRecorded() throws Exception {
        Registered other = Sellers.register("DIRECT");

        Reply reply = RunningMarketplace.api().request("PUT", "/api/admin/fees/sellers/" + other.id(),
                "{\"currency\":\"eur\",\"basisPoints\":250.5,\"fixedAmount\":30}", "Authorization", RunningMarketplace.adminAuthorization());

        assertRefused(reply, "basisPoints");
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM seller_fee_overrides WHERE seller_id = ?", other.id()));
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM fee_audit WHERE seller_id = ?", other.id()));
    }

    @Test
    void aRefundOfAFractionalAmountIsRefusedAndRefundsNothing() throws Exception {
        long sold = Shop.product(seller, 2000, "eur", 2);
        long orderId = Shop.sell(sold, 1);

        Reply reply = RunningMarketplace.api().post("/api/orders/" + orderId + "/refund", "{\"amount\":500.5}",
                "Authorization", seller.authorization());

        assertRefused(reply, "amount");
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM order_refunds WHERE order_id = ?", orderId));
        assertEquals("PAID", Shop.order(orderId).getString("status"));
    }

    private static void assertRefused(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertEquals("validation_failed", body.getString("error"), reply.body());
        assertEquals(field, body.getJsonArray("fields").getJsonObject(0).getString("field"), reply.body());
        assertTrue(body.getString("message").contains(field + " must be a whole number"), reply.body());
    }

    private static long productsOfSeller() throws Exception {
        return Shop.longValue("SELECT COUNT(*) FROM products WHERE seller_id = ?", seller.id());
    }
}
