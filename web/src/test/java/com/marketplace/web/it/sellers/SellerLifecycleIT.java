package com.marketplace.web.it.sellers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.Buyers;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.WebhookFaults;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seller account lifecycle: past-due requirements pause a seller's products and plans (hidden,
 * checkouts and subscriptions refused with the reason) until cleared; a deauthorization withdraws
 * everything for good; a seller whose account.updated never arrived is healed by the reconciler.
 */
@ExtendWith(RunningMarketplace.class)
class SellerLifecycleIT {

    private final SandboxStripe stripe = Shop.stripe();

    @Test
    void pastDueRequirementsPauseProductsAndPlansAndClearingThemResumes() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long product = Shop.product(seller, 1800, "eur", 5);
        long plan = plan(seller);
        Buyers.Buyer buyer = Buyers.signUp();

        requirements(seller, "past_due[0]", "individual.verification.document", "currently_due[0]", "individual.verification.document",
                "disabled_reason", "requirements.past_due");
        JsonObject paused = Sellers.awaitStatus(seller, "RESTRICTED").getJsonObject("onboarding");

        assertTrue(paused.getBoolean("paused"), paused.toString());
        assertTrue(paused.getString("pausedBecause").contains("individual.verification.document"), paused.toString());
        assertFalse(offeredProducts().contains(product), "a paused seller's product is hidden");
        assertFalse(offeredPlans(seller).contains(plan), "a paused seller's plan is hidden");
        Reply checkout = Shop.checkout("{\"productId\":" + product + ",\"quantity\":1}");
        assertEquals(409, checkout.status(), checkout.body());
        assertEquals("seller_paused", checkout.json().getString("error"), checkout.body());
        assertTrue(checkout.body().contains("past due"), "the refusal says why: " + checkout.body());
        Reply subscription = subscribe(buyer, plan);
        assertEquals(409, subscription.status(), subscription.body());
        assertEquals("seller_paused", subscription.json().getString("error"), subscription.body());

        requirements(seller, "past_due", "", "currently_due", "", "disabled_reason", "");
        Sellers.awaitStatus(seller, "ACTIVE");

        assertTrue(offeredProducts().contains(product), "resumed: the product is offered again");
        assertTrue(offeredPlans(seller).contains(plan), "resumed: the plan is offered again");
        assertEquals(201, Shop.checkout("{\"productId\":" + product + ",\"quantity\":1}").status());
    }

    @Test
    void aSellerWithSomethingDueIsMailedOnceForTheSameSet() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");

        requirements(seller, "currently_due[0]", "external_account",
                "current_deadline", String.valueOf(Instant.now().plusSeconds(86_400).getEpochSecond()));
        awaitCount("SELECT COUNT(*) FROM notifications WHERE kind = 'requirements_due' AND recipient = ?", seller.email(), 1);
        long version = Sellers.version(seller.id());
        requirements(seller, "currently_due[0]", "external_account", "eventually_due[0]", "external_account");
        awaitNewerThan(seller, version);

        assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM notifications WHERE kind = 'requirements_due' AND recipient = ?",
                seller.email()), "the same due set mails once");
        JsonObject onboarding = Sellers.get(seller).json().getJsonObject("onboarding");
        assertEquals("ACTIVE", onboarding.getString("status"), "something due but not past due pauses nothing");
        assertFalse(onboarding.isNull("currentDeadline"), "the deadline is shown: " + onboarding);
    }

    @Test
    void aDeauthorizedSellerIsDisconnectedEverythingWithdrawnAndTheirOrdersStayReadable() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long product = Shop.product(seller, 1000, "eur", 5);
        long plan = plan(seller);
        long order = Shop.sell(product, 1);

        SandboxStripe.Raw deauthorized = stripe.helper("accounts/" + seller.stripeAccountId() + "/deauthorize");
        assertEquals(200, deauthorized.status(), deauthorized.body());
        JsonObject disconnected = Sellers.awaitStatus(seller, "DISCONNECTED");

        assertFalse(disconnected.getJsonObject("onboarding").isNull("disconnectedAt"), disconnected.toString());
        assertFalse(offeredProducts().contains(product), "withdrawn");
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM products WHERE id = ? AND active = TRUE", product), "withdrawn, not hidden");
        assertFalse(offeredPlans(seller).contains(plan), "the plan is withdrawn with them");
        Reply checkout = Shop.checkout("{\"productId\":" + product + ",\"quantity\":1}");
        assertEquals(409, checkout.status(), checkout.body());
        Reply subscription = subscribe(Buyers.signUp(), plan);
        assertEquals(409, subscription.status(), subscription.body());
        assertEquals("seller_disconnected", subscription.json().getString("error"), subscription.body());
        Reply history = RunningMarketplace.api().get("/api/orders/" + order, "Authorization", seller.authorization());
        assertEquals(200, history.status(), "their orders stay readable: " + history.body());
        awaitCount("SELECT COUNT(*) FROM notifications WHERE kind = 'account_disconnected' AND subject_id = ?", "disconnected_" + seller.id(), 1);
    }

    @Test
    void aDeauthorizationForAnAccountStripeStillReadsChangesNothing() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long product = Shop.product(seller, 1200, "eur", 2);

        String event = deliverDeauthorization(seller.stripeAccountId());
        InboxRows.awaitStatus(event, "processed", Duration.ofSeconds(10));

        assertEquals("ACTIVE", Sellers.get(seller).json().getJsonObject("onboarding").getString("status"));
        assertTrue(offeredProducts().contains(product));
    }

    @Test
    void aSellerWhoseAccountUpdatedNeverArrivedIsHealedByTheReconciler() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long product = Shop.product(seller, 1500, "eur", 2);
        try {
            WebhookFaults.drop("account.updated");
            requirements(seller, "past_due[0]", "external_account", "currently_due[0]", "external_account",
                    "disabled_reason", "requirements.past_due", "payouts_enabled", "false");
            Thread.sleep(2000);
            assertEquals("ACTIVE", Sellers.get(seller).json().getJsonObject("onboarding").getString("status"),
                    "the account.updated was dropped: nothing told the platform yet");

            awaitStatus(seller, "RESTRICTED", RunningMarketplace.ACCOUNT_RECONCILE_AFTER.plusSeconds(30));
        } finally {
            WebhookFaults.clear();
        }
        assertFalse(offeredProducts().contains(product), "healed: the paused seller's product is hidden");
    }

    private void requirements(Registered seller, String... params) {
        SandboxStripe.Raw changed = stripe.helper("accounts/" + seller.stripeAccountId() + "/requirements", params);
        assertEquals(200, changed.status(), changed.body());
    }

    private static long plan(Registered seller) {
        Reply reply = Sellers.post(seller, "/api/sellers/" + seller.id() + "/plans", "{\"name\":\"Club " + UUID.randomUUID().toString()
                .substring(0, 6) + "\",\"description\":\"Classes\",\"amount\":1500,\"currency\":\"eur\",\"interval\":\"month\",\"trialDays\":0}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static Reply subscribe(Buyers.Buyer buyer, long plan) {
        return RunningMarketplace.api().request("POST", "/api/subscriptions", "{\"planId\":" + plan + "}", "Authorization", buyer.authorization());
    }

    private static List<Long> offeredPlans(Registered seller) {
        Reply listed = RunningMarketplace.api().get("/api/plans?sellerId=" + seller.id() + "&limit=100");
        assertEquals(200, listed.status(), listed.body());
        return listed.json().getJsonArray("items").stream().map(p -> p.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> offeredProducts() {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            Reply page = RunningMarketplace.api().get("/api/products?limit=100&offset=" + offset);
            page.json().getJsonArray("items").forEach(item -> ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
            if (page.json().getJsonArray("items").size() < 100) {
                return ids;
            }
        }
    }

    /** Until the seller row changed after {@code version}: the account.updated of the last change was projected. */
    private static void awaitNewerThan(Registered seller, long version) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            if (Sellers.version(seller.id()) > version) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("seller " + seller.id() + " was never projected again");
    }

    private static void awaitStatus(Registered seller, String expected, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = Sellers.get(seller).json().getJsonObject("onboarding").getString("status");
            if (expected.equals(last)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("seller " + seller.id() + " never became " + expected + " (last " + last + ")");
    }

    private static void awaitCount(String sql, String parameter, long expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        long count = -1;
        while (Instant.now().isBefore(deadline)) {
            count = Shop.longValue(sql, parameter);
            if (count == expected) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(sql + " counted " + count + ", expected " + expected);
    }

    /** An account.application.deauthorized, signed with the Connect secret, as Stripe sends it: the object is the application. */
    private static String deliverDeauthorization(String account) {
        String id = "evt_it_" + UUID.randomUUID().toString().replace("-", "");
        JsonObject application = Json.createObjectBuilder().add("id", "ca_it_platform").add("object", "application")
                .add("name", "Marketplace").build();
        String payload = SignedEvents.event(id, "account.application.deauthorized", "application", account,
                Instant.now().getEpochSecond(), application);
        Reply reply = RunningMarketplace.api().post("/webhooks/stripe/connect", payload,
                "Stripe-Signature", SignedEvents.sign(payload, SignedEvents.CONNECT_SECRET));
        assertEquals(200, reply.status(), reply.body());
        return id;
    }
}
