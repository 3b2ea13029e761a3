package com.marketplace.web.it.sellers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sellers create and change their products; bad input is named and changes nothing; only active sellers publish. */
@ExtendWith(RunningMarketplace.class)
class SellerProductsIT {

    private static Registered active;
    private static Registered pending;

    @BeforeAll
    static void sellers() throws Exception {
        active = Sellers.register("DESTINATION");
        RunningMarketplace.stripe().helper("accounts/" + active.stripeAccountId() + "/onboard", "outcome", "complete");
        Sellers.awaitStatus(active, "ACTIVE");
        pending = Sellers.register("DIRECT");
    }

    @Test
    void anActiveSellerPublishesAProductThatBuyersThenSee() {
        Reply created = create(active, product("Jug", 3200, "eur", 4, true));

        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.json().getBoolean("active"));
        Reply asBuyer = RunningMarketplace.api().get("/api/products/" + id);
        assertEquals(200, asBuyer.status());
        assertEquals(3200, asBuyer.json().getJsonObject("price").getJsonNumber("amount").longValue());
        assertEquals(active.id(), asBuyer.json().getJsonNumber("sellerId").longValue());
    }

    @Test
    void aSellerWhoHasNotFinishedOnboardingMaySaveADraftButNotPublishIt() {
        Reply published = create(pending, product("Cup", 900, "eur", 2, true));
        assertEquals(409, published.status(), published.body());
        assertEquals("seller_not_active", published.json().getString("error"));

        Reply draft = create(pending, product("Cup", 900, "eur", 2, false));
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();
        Reply activate = patch(pending, id, "{\"active\":true}");
        assertEquals(409, activate.status(), activate.body());
        assertEquals(404, RunningMarketplace.api().get("/api/products/" + id).status(), "a draft is not offered");
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsCreated() {
        int before = ownProducts(active).size();

        Reply reply = create(active, "{\"name\":\"  \",\"priceAmount\":0,\"currency\":\"xyz\",\"stock\":-1}");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("validation_failed", reply.json().getString("error"));
        List<String> fields = reply.json().getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("name", "priceAmount", "currency", "stock")), fields.toString());
        assertEquals(before, ownProducts(active).size());
    }

    @Test
    void aPatchChangesOnlyTheFieldsSent() {
        long id = create(active, product("Platter", 5000, "eur", 3, true)).json().getJsonNumber("id").longValue();

        Reply changed = patch(active, id, "{\"priceAmount\":4500,\"stock\":7}");

        assertEquals(200, changed.status(), changed.body());
        JsonObject product = changed.json();
        assertEquals("Platter", product.getString("name"));
        assertEquals(4500, product.getJsonObject("price").getJsonNumber("amount").longValue());
        assertEquals("eur", product.getJsonObject("price").getString("currency"));
        assertEquals(7, product.getInt("stock"));
        assertTrue(product.getBoolean("active"));
    }

    @Test
    void aPatchWithABadFieldIsRefusedAndChangesNothing() {
        long id = create(active, product("Tray", 1500, "jpy", 3, true)).json().getJsonNumber("id").longValue();

        Reply refused = patch(active, id, "{\"priceAmount\":-5,\"name\":\"Renamed\"}");

        assertEquals(400, refused.status(), refused.body());
        assertEquals("priceAmount", refused.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        Reply unchanged = RunningMarketplace.api().get("/api/products/" + id);
        assertEquals("Tray", unchanged.json().getString("name"));
        assertEquals(1500, unchanged.json().getJsonObject("price").getJsonNumber("amount").longValue());
    }

    @Test
    void aPatchExpectingAStockThatASaleHasMovedIsRefusedWithTheCurrentStockAndChangesNothing() throws Exception {
        long id = create(active, product("Carafe", 2000, "eur", 10, true)).json().getJsonNumber("id").longValue();
        Shop.sell(id, 3);

        Reply refused = patch(active, id, "{\"name\":\"Carafe, large\",\"stock\":12,\"expectedStock\":10}");

        assertEquals(409, refused.status(), refused.body());
        assertEquals("stock_changed", refused.json().getString("error"));
        assertTrue(refused.json().getString("message").contains("is now 7"), refused.body());
        Reply unchanged = RunningMarketplace.api().get("/api/products/" + id);
        assertEquals(7, unchanged.json().getInt("stock"));
        assertEquals("Carafe", unchanged.json().getString("name"));
    }

    @Test
    void aPatchExpectingTheCurrentStockSetsTheNewCount() {
        long id = create(active, product("Decanter", 2000, "eur", 10, true)).json().getJsonNumber("id").longValue();

        Reply changed = patch(active, id, "{\"stock\":12,\"expectedStock\":10}");

        assertEquals(200, changed.status(), changed.body());
        assertEquals(12, changed.json().getInt("stock"));
    }

    @Test
    void anEmptyPatchIsAValidationError() {
        long id = create(active, product("Spoon", 700, "eur", 3, false)).json().getJsonNumber("id").longValue();

        Reply reply = patch(active, id, "{}");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("validation_failed", reply.json().getString("error"));
    }

    static Reply create(Registered seller, String json) {
        return Sellers.post(seller, "/api/sellers/" + seller.id() + "/products", json);
    }

    static Reply patch(Registered seller, long productId, String json) {
        return RunningMarketplace.api().request("PATCH", "/api/products/" + productId, json, "Authorization", seller.authorization());
    }

    static String product(String name, long price, String currency, int stock, boolean active) {
        return "{\"name\":\"" + name + "\",\"description\":\"Handmade\",\"priceAmount\":" + price + ",\"currency\":\"" + currency
                + "\",\"stock\":" + stock + ",\"active\":" + active + "}";
    }

    private static List<JsonObject> ownProducts(Registered seller) {
        Reply reply = RunningMarketplace.api().get("/api/sellers/" + seller.id() + "/products", "Authorization", seller.authorization());
        assertEquals(200, reply.status(), reply.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(reply.body())).readArray().getValuesAs(JsonObject.class);
    }
}
