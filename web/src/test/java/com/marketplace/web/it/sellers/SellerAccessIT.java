package com.marketplace.web.it.sellers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One seller never reaches another's data; sign-up input is checked; sellers are not admins. */
@ExtendWith(RunningMarketplace.class)
class SellerAccessIT {

    private static Registered alice;
    private static Registered bob;
    private static long alicesDraft;

    @BeforeAll
    static void twoSellers() {
        alice = Sellers.register("DIRECT");
        bob = Sellers.register("DIRECT");
        Reply draft = SellerProductsIT.create(alice, SellerProductsIT.product("Secret prototype", 1000, "eur", 1, false));
        assertEquals(201, draft.status(), draft.body());
        alicesDraft = draft.json().getJsonNumber("id").longValue();
    }

    @Test
    void anAnonymousCallerIsAskedToSignIn() {
        Reply reply = RunningMarketplace.api().get("/api/sellers/" + alice.id());

        assertEquals(401, reply.status());
        assertEquals("not_authenticated", reply.json().getString("error"));
    }

    @Test
    void aWrongPasswordIsRefusedEvenOnPublicResources() {
        Registered impostor = new Registered(alice.id(), alice.email(), "not the password at all", null);

        assertEquals(401, Sellers.get(impostor).status());
        assertEquals(401, RunningMarketplace.api().get("/api/products", "Authorization", impostor.authorization()).status());
    }

    @Test
    void anotherSellersAccountIsNotFoundAndShowsNothingOfThem() {
        Reply reply = RunningMarketplace.api().get("/api/sellers/" + alice.id(), "Authorization", bob.authorization());

        assertEquals(404, reply.status());
        assertFalse(reply.body().contains(alice.email()), reply.body());
    }

    @Test
    void anotherSellersOnboardingAndDashboardLinksCannotBeMinted() throws Exception {
        int tokensBefore = InboxRows.count("SELECT COUNT(*) FROM onboarding_link_tokens WHERE seller_id = ?", alice.id());

        Reply onboarding = Sellers.post(bob, "/api/sellers/" + alice.id() + "/onboarding-link", null);
        Reply dashboard = Sellers.post(bob, "/api/sellers/" + alice.id() + "/dashboard-link", null);

        assertEquals(404, onboarding.status(), onboarding.body());
        assertEquals(404, dashboard.status(), dashboard.body());
        assertEquals(tokensBefore, InboxRows.count("SELECT COUNT(*) FROM onboarding_link_tokens WHERE seller_id = ?", alice.id()));
    }

    @Test
    void anotherSellersProductsCanBeNeitherCreatedReadNorChanged() throws Exception {
        int productsBefore = InboxRows.count("SELECT COUNT(*) FROM products WHERE seller_id = ?", alice.id());

        Reply create = SellerProductsIT.create(new Registered(alice.id(), bob.email(), bob.password(), null),
                SellerProductsIT.product("Planted", 100, "eur", 1, false));
        Reply read = RunningMarketplace.api().get("/api/products/" + alicesDraft, "Authorization", bob.authorization());
        Reply change = SellerProductsIT.patch(bob, alicesDraft, "{\"name\":\"Stolen\"}");
        Reply list = RunningMarketplace.api().get("/api/sellers/" + alice.id() + "/products", "Authorization", bob.authorization());

        assertEquals(List.of(404, 404, 404, 404), List.of(create.status(), read.status(), change.status(), list.status()));
        assertEquals(productsBefore, InboxRows.count("SELECT COUNT(*) FROM products WHERE seller_id = ?", alice.id()));
        assertEquals("Secret prototype", RunningMarketplace.api().get("/api/products/" + alicesDraft, "Authorization", alice.authorization())
                .json().getString("name"));
    }

    @Test
    void theAdminSeesAnySeller() {
        Reply reply = RunningMarketplace.api().get("/api/sellers/" + alice.id(), "Authorization", RunningMarketplace.adminAuthorization());

        assertEquals(200, reply.status(), reply.body());
        assertEquals(alice.email(), reply.json().getString("email"));
    }

    @Test
    void aSellerIsNotAnAdmin() {
        Reply inbox = RunningMarketplace.api().get("/api/admin/webhook-events", "Authorization", alice.authorization());
        Reply chargeType = RunningMarketplace.api().request("PUT", "/api/admin/sellers/" + alice.id() + "/charge-type",
                "{\"chargeType\":\"DESTINATION\"}", "Authorization", alice.authorization());

        assertEquals(403, inbox.status(), inbox.body());
        assertEquals(403, chargeType.status(), chargeType.body());
        assertEquals("DIRECT", Sellers.get(alice).json().getString("chargeType"));
    }

    @Test
    void theAdminChangesASellersChargeTypeAndListsSellers() {
        Registered carol = Sellers.register("DIRECT");

        Reply changed = RunningMarketplace.api().request("PUT", "/api/admin/sellers/" + carol.id() + "/charge-type",
                "{\"chargeType\":\"destination\"}", "Authorization", RunningMarketplace.adminAuthorization());
        Reply listed = RunningMarketplace.api().get("/api/admin/sellers?limit=200", "Authorization", RunningMarketplace.adminAuthorization());

        assertEquals(200, changed.status(), changed.body());
        assertEquals("DESTINATION", Sellers.get(carol).json().getString("chargeType"));
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains(carol.email()), listed.body());
    }

    @Test
    void signUpNamesEveryBadField() {
        Reply reply = RunningMarketplace.api().post("/api/sellers",
                "{\"email\":\"not-an-email\",\"password\":\"short\",\"displayName\":\"\",\"country\":\"XX\",\"defaultCurrency\":\"abc\",\"chargeType\":\"cash\"}");

        assertEquals(400, reply.status(), reply.body());
        List<String> fields = reply.json().getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("email", "password", "displayName", "country", "defaultCurrency", "chargeType")), fields.toString());
        assertFalse(reply.body().contains("short"), "the password is never echoed: " + reply.body());
    }

    @Test
    void anEmailIsRegisteredOnceWhateverItsCase() {
        Reply again = RunningMarketplace.api().post("/api/sellers", "{\"email\":\"" + alice.email().toUpperCase() + "\",\"password\":\"another long password\","
                + "\"displayName\":\"Copycat\",\"country\":\"FR\",\"defaultCurrency\":\"eur\",\"chargeType\":\"DIRECT\"}");

        assertEquals(409, again.status(), again.body());
        assertEquals("email_taken", again.json().getString("error"));
    }
}
