package com.marketplace.web.it.pages.buyer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.Buyers;
import com.marketplace.web.it.support.Buyers.Buyer;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The subscription pages over HTTP, as a browser uses them (page session, the forms' CSRF tokens):
 * Subscribe on the shop's page for a signed-in buyer and "Sign in to subscribe" for a guest; the
 * return from Checkout confirmed with Stripe; the buyer's subscription page and its actions (the
 * portal, a plan change, cancelling), only for its owner; the mail's portal link through sign-in.
 */
@ExtendWith(RunningMarketplace.class)
class SubscriptionPagesIT {

    private static Registered seller;
    private static long monthly;
    private static long yearly;

    @BeforeAll
    static void aDirectSellerWithTwoPlans() throws Exception {
        seller = Shop.activeSeller("DIRECT");
        monthly = plan("Monthly tea", 1500, "month", 14);
        yearly = plan("Yearly tea", 15000, "year", 0);
    }

    @Test
    void aGuestIsAskedToSignInToSubscribeAndComesBackToTheShop() {
        PageClient guest = PageClient.forMarketplace();
        Page shop = guest.get("/shops/" + seller.id());
        String next = "%2Fshops%2F" + seller.id() + "%23plans";
        assertTrue(shop.body().contains("href=\"/login?next=" + next + "\""), shop.body());
        assertFalse(shop.body().contains("id=\"subscribe-" + monthly + "\""), shop.body());

        Buyer buyer = Buyers.signUp();
        guest.get("/login?next=" + next);
        Page signedIn = guest.post("/login", "email", buyer.email(), "password", buyer.password(), "next", "/shops/" + seller.id() + "#plans");

        assertEquals(303, signedIn.status());
        assertEquals("/shops/" + seller.id() + "#plans", signedIn.location());
    }

    @Test
    void aBuyerWhoSignsUpOnTheWayToSubscribingComesBackToTheShop() {
        PageClient browser = PageClient.forMarketplace();
        browser.get("/buyers/signup?next=%2Fshops%2F" + seller.id());

        Page signedUp = browser.post("/buyers/signup", "email", Buyers.newEmail(), "password", Buyers.PASSWORD, "name", "Ada",
                "next", "/shops/" + seller.id());

        assertEquals(303, signedUp.status(), signedUp.body());
        assertEquals("/shops/" + seller.id(), signedUp.location());
    }

    @Test
    void aSignedInBuyerSubscribesFromTheShopAndIsSentToCheckout() {
        PageClient browser = signedIn(Buyers.signUp());
        Page shop = browser.get("/shops/" + seller.id());
        assertTrue(shop.body().contains("id=\"subscribe-" + monthly + "\""), shop.body());

        Page subscribed = browser.post("/shops/" + seller.id() + "/subscribe", "plan", String.valueOf(monthly));

        assertEquals(303, subscribed.status(), subscribed.body());
        assertTrue(subscribed.location().contains("/hosted/checkout/cs_"), subscribed.location());
    }

    @Test
    void theReturnFromCheckoutConfirmsWithStripeAndShowsTheTrial() {
        Buyer buyer = Buyers.signUp();
        Subscribed subscribed = subscribe(buyer, monthly);
        Shop.payAs(subscribed.sessionId(), buyer.email());

        Page page = signedIn(buyer).get("/account/subscriptions/" + subscribed.id() + "?checkout=done");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("data-status=\"trialing\""), page.body());
        assertTrue(page.body().contains("<dt>Trial ends</dt>"), page.body());
        assertTrue(page.body().contains("id=\"manage-billing\""), page.body());
    }

    @Test
    void theAccountListsTheSubscriptionLinkingToItsPage() {
        Buyer buyer = Buyers.signUp();
        Subscribed subscribed = paidTrial(buyer);

        Page account = signedIn(buyer).get("/account");

        assertTrue(account.body().contains("<a href=\"/account/subscriptions/" + subscribed.id() + "\">Monthly tea</a>"), account.body());
        assertTrue(account.body().contains("Free trial"), account.body());
    }

    @Test
    void anotherBuyerGetsNotFoundAndCannotCancelIt() {
        Buyer owner = Buyers.signUp();
        Subscribed subscribed = paidTrial(owner);
        PageClient other = signedIn(Buyers.signUp());

        assertEquals(404, other.get("/account/subscriptions/" + subscribed.id()).status());
        other.get("/account");
        assertEquals(404, other.post("/account/subscriptions/" + subscribed.id(), "action", "cancel-now").status());
        assertEquals(404, other.get("/account/subscriptions/" + subscribed.id() + "/portal").status());
        assertEquals("trialing", subscription(owner, subscribed.id()).getString("status"));
    }

    @Test
    void manageBillingOpensTheCustomerPortalThatComesBackHere() {
        Buyer buyer = Buyers.signUp();
        Subscribed subscribed = paidTrial(buyer);
        PageClient browser = signedIn(buyer);
        browser.get("/account/subscriptions/" + subscribed.id());

        Page portal = browser.post("/account/subscriptions/" + subscribed.id(), "action", "portal");

        assertEquals(303, portal.status(), portal.body());
        assertTrue(portal.location().contains("/hosted/portal/bps_"), portal.location());
        String hosted = PageClient.forMarketplace().get(java.net.URI.create(portal.location()).getRawPath()).body();
        assertTrue(hosted.contains("/account/subscriptions/" + subscribed.id() + "\""), hosted);
    }

    @Test
    void theMailsPortalLinkSignsAVisitorInFirstThenOpensThePortal() {
        Buyer buyer = Buyers.signUp();
        Subscribed subscribed = paidTrial(buyer);
        String link = "/account/subscriptions/" + subscribed.id() + "/portal";
        PageClient browser = PageClient.forMarketplace();

        Page toSignIn = browser.get(link);
        assertEquals(302, toSignIn.status());
        assertTrue(toSignIn.location().endsWith("/login?next=%2Faccount%2Fsubscriptions%2F" + subscribed.id() + "%2Fportal"), toSignIn.location());
        browser.get("/login");
        Page signedIn = browser.post("/login", "email", buyer.email(), "password", buyer.password(), "next", link);
        assertEquals(link, signedIn.location());

        Page portal = browser.get(link);
        assertEquals(303, portal.status(), portal.body());
        assertTrue(portal.location().contains("/hosted/portal/bps_"), portal.location());
    }

    @Test
    void cancellingAtThePeriodsEndKeepsTheTrialAndSaysWhenItEnds() {
        Buyer buyer = Buyers.signUp();
        Subscribed subscribed = paidTrial(buyer);
        PageClient browser = signedIn(buyer);
        browser.get("/account/subscriptions/" + subscribed.id());

        Page cancelled = browser.post("/account/subscriptions/" + subscribed.id(), "action", "cancel-at-period-end");

        assertEquals(303, cancelled.status(), cancelled.body());
        Page page = browser.get("/account/subscriptions/" + subscribed.id());
        assertTrue(page.body().contains("data-cancel-at-period-end=\"true\""), page.body());
        assertTrue(page.body().contains("<dt>Ends on</dt>"), page.body());
        assertTrue(subscription(buyer, subscribed.id()).getBoolean("cancelAtPeriodEnd"));
    }

    @Test
    void cancellingNowEndsItAndOffersNothingMore() {
        Buyer buyer = Buyers.signUp();
        Subscribed subscribed = paidTrial(buyer);
        PageClient browser = signedIn(buyer);
        browser.get("/account/subscriptions/" + subscribed.id());

        assertEquals(303, browser.post("/account/subscriptions/" + subscribed.id(), "action", "cancel-now").status());

        Page page = browser.get("/account/subscriptions/" + subscribed.id());
        assertTrue(page.body().contains("data-status=\"canceled\""), page.body());
        assertFalse(page.body().contains("id=\"manage-billing\""), page.body());
    }

    @Test
    void changingThePlanMovesTheSubscriptionToIt() {
        Buyer buyer = Buyers.signUp();
        Subscribed subscribed = paidTrial(buyer);
        PageClient browser = signedIn(buyer);
        Page before = browser.get("/account/subscriptions/" + subscribed.id());
        assertTrue(before.body().contains("<option value=\"" + yearly + "\">Yearly tea — €150.00 / year</option>"), before.body());

        Page changed = browser.post("/account/subscriptions/" + subscribed.id(), "action", "change-plan", "plan", String.valueOf(yearly));

        assertEquals(303, changed.status(), changed.body());
        assertEquals(yearly, subscription(buyer, subscribed.id()).getJsonNumber("planId").longValue());
        assertTrue(browser.get("/account/subscriptions/" + subscribed.id()).body().contains("id=\"subscription-plan\">Yearly tea<"));
    }

    @Test
    void aRefusedActionIsSaidOnTheSubscriptionsPage() {
        Buyer buyer = Buyers.signUp();
        Subscribed subscribed = paidTrial(buyer);
        PageClient browser = signedIn(buyer);
        browser.get("/account/subscriptions/" + subscribed.id());

        Page refused = browser.post("/account/subscriptions/" + subscribed.id(), "action", "change-plan", "plan", "abc");

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("<p class=\"problem\" role=\"alert\" id=\"problem\">Plan must be a whole number</p>"), refused.body());
        assertTrue(refused.body().contains("id=\"subscription\""), "the subscription's page, not an error page: " + refused.body());
    }

    private static long plan(String name, long amount, String interval, int trialDays) {
        Reply plan = Sellers.post(seller, "/api/sellers/" + seller.id() + "/plans", "{\"name\":\"" + name + "\",\"description\":\"Tea\","
                + "\"amount\":" + amount + ",\"currency\":\"eur\",\"interval\":\"" + interval + "\",\"trialDays\":" + trialDays + "}");
        assertEquals(201, plan.status(), plan.body());
        return plan.json().getJsonNumber("id").longValue();
    }

    private static Subscribed subscribe(Buyer buyer, long plan) {
        Reply started = RunningMarketplace.api().request("POST", "/api/subscriptions", "{\"planId\":" + plan + "}",
                "Authorization", buyer.authorization());
        assertEquals(201, started.status(), started.body());
        return new Subscribed(started.json().getJsonNumber("subscriptionId").longValue(), started.json().getString("sessionId"));
    }

    /** A subscription to the monthly plan, paid with 4242 and confirmed: trialing. */
    private static Subscribed paidTrial(Buyer buyer) {
        Subscribed subscribed = subscribe(buyer, monthly);
        Shop.payAs(subscribed.sessionId(), buyer.email());
        Page confirmed = signedIn(buyer).get("/account/subscriptions/" + subscribed.id() + "?checkout=done");
        assertTrue(confirmed.body().contains("data-status=\"trialing\""), confirmed.body());
        return subscribed;
    }

    private static JsonObject subscription(Buyer buyer, long id) {
        Reply reply = RunningMarketplace.api().get("/api/subscriptions/" + id, "Authorization", buyer.authorization());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static PageClient signedIn(Buyer buyer) {
        PageClient browser = PageClient.forMarketplace();
        assertEquals(303, browser.signIn(buyer.email(), buyer.password()).status());
        return browser;
    }

    private record Subscribed(long id, String sessionId) {
    }
}
