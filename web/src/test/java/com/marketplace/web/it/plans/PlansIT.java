package com.marketplace.web.it.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import com.stripe.model.Price;
import com.stripe.model.Product;
import com.stripe.net.RequestOptions;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sellers publish subscription plans over the API: the Product and recurring Price are read back
 * from the sandbox on the account they belong to (the seller's for Direct, the platform's for
 * Destination); a price change makes a new Price, a retire deactivates it, another seller cannot
 * touch a plan, and the shop's page lists only active plans.
 */
@ExtendWith(RunningMarketplace.class)
class PlansIT {

    private static Registered direct;
    private static Registered destination;

    @BeforeAll
    static void sellers() throws Exception {
        direct = Shop.activeSeller("DIRECT");
        destination = Shop.activeSeller("DESTINATION");
    }

    @Test
    void aDirectSellersPlanIsAProductAndARecurringPriceOnTheirConnectedAccount() throws Exception {
        JsonObject plan = created(direct, plan("Gym", 2000, "eur", "month", 14));

        RequestOptions account = SandboxStripe.onAccount(direct.stripeAccountId());
        Product product = stripe().v1().products().retrieve(plan.getString("stripeProductId"), account);
        Price price = stripe().v1().prices().retrieve(plan.getString("stripePriceId"), account);
        assertEquals("Gym", product.getName());
        assertEquals(product.getId(), price.getProduct());
        assertEquals(2000L, price.getUnitAmount());
        assertEquals("eur", price.getCurrency());
        assertEquals("month", price.getRecurring().getInterval());
        assertTrue(price.getActive());
        assertEquals("active", plan.getString("status"));
    }

    @Test
    void aDestinationSellersPlanIsOnThePlatformMarkedWithTheSeller() throws Exception {
        JsonObject plan = created(destination, plan("Club", 9900, "usd", "year", 0));

        Product product = stripe().v1().products().retrieve(plan.getString("stripeProductId"), RequestOptions.getDefault());
        Price price = stripe().v1().prices().retrieve(plan.getString("stripePriceId"), RequestOptions.getDefault());
        assertEquals(String.valueOf(destination.id()), product.getMetadata().get("seller"));
        assertEquals("year", price.getRecurring().getInterval());
    }

    @Test
    void aPriceChangeMakesANewPriceAndKeepsTheOld() throws Exception {
        JsonObject plan = created(direct, plan("Studio", 3000, "eur", "month", 0));

        Reply changed = patch(direct, plan.getJsonNumber("id").longValue(), "{\"amount\":3500,\"interval\":\"year\"}");

        assertEquals(200, changed.status(), changed.body());
        String oldPrice = plan.getString("stripePriceId");
        String newPrice = changed.json().getString("stripePriceId");
        assertNotEquals(oldPrice, newPrice);
        RequestOptions account = SandboxStripe.onAccount(direct.stripeAccountId());
        Price fresh = stripe().v1().prices().retrieve(newPrice, account);
        assertEquals(3500L, fresh.getUnitAmount());
        assertEquals("year", fresh.getRecurring().getInterval());
        assertEquals(plan.getString("stripeProductId"), fresh.getProduct());
        Price kept = stripe().v1().prices().retrieve(oldPrice, account);
        assertEquals(3000L, kept.getUnitAmount());
        assertTrue(kept.getActive(), "current subscribers keep the old price");
    }

    @Test
    void aRenameChangesTheProductAndKeepsThePrice() throws Exception {
        JsonObject plan = created(destination, plan("Basic", 1000, "eur", "month", 0));

        Reply changed = patch(destination, plan.getJsonNumber("id").longValue(), "{\"name\":\"Basic+\",\"trialDays\":7}");

        assertEquals(200, changed.status(), changed.body());
        assertEquals(plan.getString("stripePriceId"), changed.json().getString("stripePriceId"));
        assertEquals(7, changed.json().getInt("trialDays"));
        assertEquals("Basic+", stripe().v1().products().retrieve(plan.getString("stripeProductId"), RequestOptions.getDefault()).getName());
    }

    @Test
    void retiringDeactivatesThePriceAndHidesThePlanFromTheShop() throws Exception {
        JsonObject kept = created(direct, plan("Kept plan", 1200, "eur", "month", 30));
        JsonObject plan = created(direct, plan("Retired plan", 1500, "eur", "month", 0));

        Reply retired = Sellers.post(direct, "/api/plans/" + plan.getJsonNumber("id").longValue() + "/retire", "");

        assertEquals(200, retired.status(), retired.body());
        assertEquals("retired", retired.json().getString("status"));
        Price price = stripe().v1().prices().retrieve(plan.getString("stripePriceId"), SandboxStripe.onAccount(direct.stripeAccountId()));
        assertFalse(price.getActive());
        String shop = RunningMarketplace.api().get("/shops/" + direct.id()).body();
        assertTrue(shop.contains("data-plan-id=\"" + kept.getJsonNumber("id").longValue() + "\""), shop);
        assertTrue(shop.contains("30 days free"), shop);
        assertFalse(shop.contains("Retired plan"), shop);
        Reply again = patch(direct, plan.getJsonNumber("id").longValue(), "{\"name\":\"Back\"}");
        assertEquals(409, again.status(), again.body());
    }

    @Test
    void anotherSellerCannotSeeChangeOrRetireAPlan() {
        JsonObject plan = created(direct, plan("Private", 1000, "eur", "month", 0));
        long id = plan.getJsonNumber("id").longValue();

        assertEquals(404, patch(destination, id, "{\"amount\":1}").status());
        assertEquals(404, Sellers.post(destination, "/api/plans/" + id + "/retire", "").status());
        assertEquals(404, RunningMarketplace.api().get("/api/sellers/" + direct.id() + "/plans", "Authorization",
                destination.authorization()).status());
        Reply own = RunningMarketplace.api().get("/api/sellers/" + direct.id() + "/plans", "Authorization", direct.authorization());
        assertTrue(own.body().contains("\"status\":\"active\""), own.body());
    }

    @Test
    void anyoneListsAndReadsOfferedPlansButARetiredOneOnlyItsSellerReads() {
        long offered = created(destination, plan("Listed", 1100, "eur", "month", 0)).getJsonNumber("id").longValue();
        long retired = created(destination, plan("Gone", 1300, "eur", "month", 0)).getJsonNumber("id").longValue();
        assertEquals(200, Sellers.post(destination, "/api/plans/" + retired + "/retire", "").status());

        Reply listed = RunningMarketplace.api().get("/api/plans?sellerId=" + destination.id() + "&limit=100");

        assertEquals(200, listed.status(), listed.body());
        List<Long> ids = listed.json().getJsonArray("items").stream().map(p -> p.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(ids.contains(offered), ids.toString());
        assertFalse(ids.contains(retired), ids.toString());
        assertTrue(listed.json().getJsonArray("items").stream().allMatch(p -> p.asJsonObject().getJsonNumber("sellerId").longValue() == destination.id()));
        Reply one = RunningMarketplace.api().get("/api/plans/" + offered);
        assertEquals(200, one.status(), one.body());
        assertEquals("Listed", one.json().getString("name"));
        assertEquals(404, RunningMarketplace.api().get("/api/plans/" + retired).status());
        assertEquals(404, RunningMarketplace.api().get("/api/plans/" + retired, "Authorization", direct.authorization()).status());
        Reply own = RunningMarketplace.api().get("/api/plans/" + retired, "Authorization", destination.authorization());
        assertEquals(200, own.status(), own.body());
        assertEquals("retired", own.json().getString("status"));
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsCreated() {
        Reply reply = Sellers.post(destination, "/api/sellers/" + destination.id() + "/plans",
                "{\"name\":\" \",\"amount\":0,\"currency\":\"xyz\",\"interval\":\"week\",\"trialDays\":731}");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("validation_failed", reply.json().getString("error"));
        List<String> fields = reply.json().getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("name", "amount", "currency", "interval", "trialDays")), fields.toString());
    }

    @Test
    void anAmountOverStripesMaximumIsRefused() {
        Reply reply = Sellers.post(destination, "/api/sellers/" + destination.id() + "/plans", plan("Huge", 100_000_000L, "eur", "month", 0));

        assertEquals(400, reply.status(), reply.body());
        assertEquals("amount", reply.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    }

    private static com.stripe.StripeClient stripe() {
        return RunningMarketplace.stripe().client();
    }

    private static JsonObject created(Registered seller, String json) {
        Reply reply = Sellers.post(seller, "/api/sellers/" + seller.id() + "/plans", json);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static Reply patch(Registered seller, long planId, String json) {
        return RunningMarketplace.api().request("PATCH", "/api/plans/" + planId, json, "Authorization", seller.authorization());
    }

    private static String plan(String name, long amount, String currency, String interval, int trialDays) {
        return "{\"name\":\"" + name + "\",\"description\":\"Monthly classes\",\"amount\":" + amount + ",\"currency\":\"" + currency
                + "\",\"interval\":\"" + interval + "\",\"trialDays\":" + trialDays + "}";
    }
}
