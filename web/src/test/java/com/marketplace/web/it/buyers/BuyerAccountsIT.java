package com.marketplace.web.it.buyers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.Buyers;
import com.marketplace.web.it.support.Buyers.Buyer;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.model.checkout.Session;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Buyer accounts over real HTTP: signing up through the API and the page, one email per account,
 * signing in; a purchase made signed in (page session or HTTP Basic) is the buyer's, made for their
 * email at Stripe, and shows on their account only; a guest purchase paid with an email becomes the
 * purchase of whoever signs up with it; buyers and sellers keep to their own pages.
 */
@ExtendWith(RunningMarketplace.class)
class BuyerAccountsIT {

    private static final Pattern SESSION_ID = Pattern.compile("cs_[A-Za-z0-9_]+");

    private static Registered seller;

    @BeforeAll
    static void seller() throws Exception {
        seller = Shop.activeSeller("DESTINATION");
    }

    @Test
    void aBuyerSignsUpThroughTheApiAndReadsTheirAccountWithBasicCredentials() {
        String email = Buyers.newEmail();

        Reply created = Buyers.signUp(email.toUpperCase(), Buyers.PASSWORD, "Ada <Lovelace>");

        assertEquals(201, created.status(), created.body());
        assertEquals(email, created.json().getString("email"));
        assertFalse(created.body().contains(Buyers.PASSWORD) || created.body().contains("PBKDF2"), created.body());
        Reply me = Buyers.me(new Buyer(0, email, Buyers.PASSWORD));
        assertEquals(200, me.status(), me.body());
        assertEquals("Ada <Lovelace>", me.json().getString("name"));
        assertTrue(me.json().getJsonArray("purchases").isEmpty(), me.body());
    }

    @Test
    void aSignUpWithAShortPasswordIsRefusedNamingTheField() {
        Reply refused = Buyers.signUp(Buyers.newEmail(), "short", "Ada");

        assertEquals(400, refused.status(), refused.body());
        assertEquals("validation_failed", refused.json().getString("error"));
        assertTrue(refused.json().getJsonArray("fields").stream()
                .anyMatch(field -> "password".equals(field.asJsonObject().getString("field"))), refused.body());
    }

    @Test
    void anEmailASellerOrAnotherBuyerSignsInWithIsRefusedAsTaken() {
        Reply sellers = Buyers.signUp(seller.email().toUpperCase(), Buyers.PASSWORD, "Not the seller");
        Buyer first = Buyers.signUp();
        Reply buyers = Buyers.signUp(first.email(), "another long password", "Impostor");

        for (Reply refused : List.of(sellers, buyers)) {
            assertEquals(409, refused.status(), refused.body());
            assertEquals("email_taken", refused.json().getString("error"));
            assertTrue(refused.json().getString("message").contains("already has an account"), refused.body());
        }
        assertEquals(401, Buyers.me(new Buyer(0, first.email(), "another long password")).status());
    }

    @Test
    void aSellerCannotSignUpWithABuyersEmail() {
        Buyer buyer = Buyers.signUp();

        Reply refused = RunningMarketplace.api().post("/api/sellers", "{\"email\":\"" + buyer.email() + "\",\"password\":\""
                + "another long password\",\"displayName\":\"Atelier\",\"country\":\"FR\",\"defaultCurrency\":\"eur\","
                + "\"chargeType\":\"DIRECT\"}");

        assertEquals(409, refused.status(), refused.body());
        assertEquals("email_taken", refused.json().getString("error"));
        assertEquals(200, Buyers.me(buyer).status(), "the buyer still signs in as the buyer");
    }

    @Test
    void aBuyerSignsUpOnThePageIsSignedInAndATakenEmailIsSaidSo() {
        PageClient browser = PageClient.forMarketplace();
        String email = Buyers.newEmail();
        browser.get("/buyers/signup");

        Page signedUp = browser.post("/buyers/signup", "email", email, "password", Buyers.PASSWORD, "name", "Grace");

        assertEquals(303, signedUp.status(), signedUp.body());
        assertEquals("/account", signedUp.location());
        Page account = browser.get("/account");
        assertEquals(200, account.status());
        assertTrue(account.body().contains("Signed in as Grace (" + email + ")."), account.body());
        assertTrue(account.body().contains("href=\"/account\""), "the navigation leads to the account: " + account.body());

        PageClient another = PageClient.forMarketplace();
        another.get("/buyers/signup");
        Page taken = another.post("/buyers/signup", "email", email, "password", Buyers.PASSWORD, "name", "Impostor");
        assertEquals(409, taken.status());
        assertTrue(taken.body().contains("This email already has an account here"), taken.body());
    }

    @Test
    void aBuyerSignsInOnTheSignInPageAndLandsOnTheirAccount() {
        Buyer buyer = Buyers.signUp();
        PageClient browser = PageClient.forMarketplace();

        Page signedIn = browser.signIn(buyer.email(), buyer.password());

        assertEquals(303, signedIn.status(), signedIn.body());
        assertEquals("/account", signedIn.location());
        assertEquals(200, browser.get("/account").status());
        assertEquals(401, browser.signIn(buyer.email(), "not the password at all").status());
    }

    @Test
    void aPurchaseMadeSignedInOnThePagesIsTheBuyersAndOnlyTheirs() throws Exception {
        Buyer buyer = Buyers.signUp();
        Buyer other = Buyers.signUp();
        long product = Shop.product(seller, 1800, "eur", 5);
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(buyer.email(), buyer.password());
        browser.get("/products/" + product);

        Page buy = browser.post("/products/" + product + "/buy", "quantity", "2");

        assertEquals(303, buy.status(), buy.body());
        String sessionId = sessionIdIn(buy.location());
        Session atStripe = Shop.stripe().client().v1().checkout().sessions().retrieve(sessionId);
        assertEquals(buyer.email(), atStripe.getCustomerEmail(), "Stripe's page is made for the buyer's email");
        long orderId = Shop.longValue("SELECT id FROM orders WHERE checkout_session_id = ?", sessionId);
        assertEquals(buyer.id(), Shop.longValue("SELECT buyer_id FROM orders WHERE id = ?", orderId));
        Shop.payAs(sessionId, "typed.elsewhere@example.com");
        Shop.awaitStatus(orderId, "PAID");

        String account = browser.get("/account").body();
        assertTrue(account.contains("data-order-id=\"" + orderId + "\""), account);
        assertTrue(account.contains("€36.00") && account.contains("status-paid"), account);
        JsonObject purchase = onlyPurchase(Buyers.me(buyer), orderId);
        assertEquals("PAID", purchase.getString("status"));
        assertEquals(3600, purchase.getJsonNumber("amountTotal").longValue());
        assertEquals(product, purchase.getJsonNumber("productId").longValue());
        assertFalse(Buyers.me(other).body().contains("\"orderId\":" + orderId), "another buyer does not see it");
        Reply own = RunningMarketplace.api().get("/api/orders/" + orderId, "Authorization", buyer.authorization());
        assertEquals(200, own.status(), own.body());
        assertFalse(own.json().containsKey("applicationFeeAmount"), "the buyer's view: " + own.body());
        assertEquals(404, RunningMarketplace.api().get("/api/orders/" + orderId, "Authorization", other.authorization()).status());
        Reply refund = RunningMarketplace.api().request("POST", "/api/orders/" + orderId + "/refund", "{}", "Authorization",
                buyer.authorization());
        assertEquals(404, refund.status(), "a buyer refunds nothing themselves: " + refund.body());
    }

    @Test
    void aPurchaseWithBasicCredentialsIsTheCallersWhateverTheBodySays() throws Exception {
        Buyer buyer = Buyers.signUp();
        Buyer other = Buyers.signUp();
        long product = Shop.product(seller, 900, "eur", 5);

        Reply started = RunningMarketplace.api().request("POST", "/api/checkout", "{\"productId\":" + product
                + ",\"quantity\":1,\"buyerId\":" + other.id() + ",\"buyerEmail\":\"" + other.email() + "\"}", "Authorization", buyer.authorization());

        assertEquals(201, started.status(), started.body());
        long orderId = started.json().getJsonNumber("orderId").longValue();
        assertEquals(buyer.id(), Shop.longValue("SELECT buyer_id FROM orders WHERE id = ?", orderId));
        Session atStripe = Shop.stripe().client().v1().checkout().sessions().retrieve(started.json().getString("sessionId"));
        assertEquals(buyer.email(), atStripe.getCustomerEmail());
        assertEquals(1, Buyers.me(buyer).json().getJsonArray("purchases").size());
        assertTrue(Buyers.me(other).json().getJsonArray("purchases").isEmpty());
    }

    @Test
    void aGuestCheckoutStaysAGuestsAndIsMadeForNoEmail() throws Exception {
        long product = Shop.product(seller, 700, "eur", 5);

        Started guest = Shop.checkout(product, 1);

        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM orders WHERE id = ? AND buyer_id IS NOT NULL", guest.orderId()));
        assertNull(Shop.stripe().client().v1().checkout().sessions().retrieve(guest.sessionId()).getCustomerEmail());
    }

    @Test
    void aGuestPurchasePaidWithAnEmailIsTheirsOnceTheySignUpWithIt() throws Exception {
        long product = Shop.product(seller, 1200, "eur", 5);
        String email = Buyers.newEmail();
        Started guest = Shop.checkout(product, 1);
        Shop.payAs(guest.sessionId(), email.toUpperCase());
        Shop.awaitStatus(guest.orderId(), "PAID");
        Started someoneElse = Shop.checkout(product, 1);
        Shop.payAs(someoneElse.sessionId(), Buyers.newEmail());
        Shop.awaitStatus(someoneElse.orderId(), "PAID");

        Reply created = Buyers.signUp(email, Buyers.PASSWORD, "Late joiner");
        assertEquals(201, created.status(), created.body());
        Buyer buyer = new Buyer(created.json().getJsonNumber("id").longValue(), email, Buyers.PASSWORD);

        JsonObject purchase = onlyPurchase(Buyers.me(buyer), guest.orderId());
        assertEquals("PAID", purchase.getString("status"));
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(email, Buyers.PASSWORD);
        String account = browser.get("/account").body();
        assertTrue(account.contains("data-order-id=\"" + guest.orderId() + "\""), account);
        assertFalse(account.contains("data-order-id=\"" + someoneElse.orderId() + "\""), account);
    }

    @Test
    void aBuyerIsRefusedTheSellersAndAdminsPagesAndASellerTheBuyersAccount() throws Exception {
        Buyer buyer = Buyers.signUp();
        PageClient asBuyer = PageClient.forMarketplace();
        asBuyer.signIn(buyer.email(), buyer.password());
        for (String page : List.of("/seller", "/seller/products", "/seller/orders", "/admin", "/admin/orders")) {
            assertEquals(403, asBuyer.get(page).status(), page);
        }
        assertEquals(404, RunningMarketplace.api().get("/api/sellers/" + seller.id(), "Authorization", buyer.authorization()).status(),
                "a buyer is no seller: the seller's record answers as if it did not exist");

        PageClient asSeller = PageClient.forMarketplace();
        asSeller.signIn(seller.email(), seller.password());
        assertEquals(403, asSeller.get("/account").status());
        Reply sellersMe = RunningMarketplace.api().get("/api/buyers/me", "Authorization", seller.authorization());
        assertEquals(403, sellersMe.status(), sellersMe.body());

        Page anonymous = PageClient.forMarketplace().get("/account");
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.location().contains("/login?next="), anonymous.location());
        assertEquals(401, RunningMarketplace.api().get("/api/buyers/me").status());
    }

    private static String sessionIdIn(String url) {
        Matcher found = SESSION_ID.matcher(url);
        assertTrue(found.find(), url);
        return found.group();
    }

    private static JsonObject onlyPurchase(Reply me, long orderId) {
        assertEquals(200, me.status(), me.body());
        List<JsonObject> purchases = me.json().getJsonArray("purchases").getValuesAs(JsonObject.class);
        assertEquals(1, purchases.size(), me.body());
        assertEquals(orderId, purchases.get(0).getJsonNumber("orderId").longValue());
        return purchases.get(0);
    }
}
