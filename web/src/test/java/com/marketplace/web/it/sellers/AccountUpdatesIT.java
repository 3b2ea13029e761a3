package com.marketplace.web.it.sellers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stripe changes its mind about a seller: the status follows, products follow the status, and order or repeats do not matter. */
@ExtendWith(RunningMarketplace.class)
class AccountUpdatesIT {

    private final HostedOnboarding onboarding = new HostedOnboarding();
    private final SandboxStripe stripe = onboarding.stripe();

    @Test
    void aRejectedForFraudSellerIsRejectedAndTheirProductsAreWithdrawn() throws Exception {
        Registered seller = activeSeller();
        long product = publishedProduct(seller);
        assertTrue(offeredIds().contains(product));

        stripe.helper("accounts/" + seller.stripeAccountId() + "/requirements", "disabled_reason", "rejected.fraud",
                "charges_enabled", "false", "payouts_enabled", "false");
        Sellers.awaitStatus(seller, "REJECTED");

        assertFalse(offeredIds().contains(product), "a rejected seller's products are not offered");
        Reply own = RunningMarketplace.api().get("/api/products/" + product, "Authorization", seller.authorization());
        assertFalse(own.json().getBoolean("active"), "withdrawn for good, not just hidden: " + own.body());
    }

    @Test
    void aSellerWhoFallsToRestrictedStopsBeingOfferedAndComesBackWhenCleared() throws Exception {
        Registered seller = activeSeller();
        long product = publishedProduct(seller);

        restrict(seller);
        Sellers.awaitStatus(seller, "RESTRICTED");
        assertFalse(offeredIds().contains(product), "a restricted seller is not sold from");

        stripe.helper("accounts/" + seller.stripeAccountId() + "/requirements", "past_due", "", "currently_due", "",
                "disabled_reason", "", "payouts_enabled", "true");
        Sellers.awaitStatus(seller, "ACTIVE");
        assertTrue(offeredIds().contains(product), "the product was only hidden while restricted");
    }

    @Test
    void anOlderUpdateProcessedAfterANewerOneLeavesTheNewerState() throws Exception {
        Registered seller = activeSeller();
        restrict(seller);
        Sellers.awaitStatus(seller, "RESTRICTED");
        long newestApplied = Sellers.lastAccountEventCreated(seller.id());
        long version = Sellers.version(seller.id());

        // Sent late: it was created a minute before the update already applied, and its snapshot says "active".
        String older = deliverToConnect(seller, newestApplied - 60, activeSnapshot(seller));
        InboxRows.awaitStatus(older, "processed", Duration.ofSeconds(10));

        assertEquals("RESTRICTED", Sellers.get(seller).json().getJsonObject("onboarding").getString("status"));
        assertEquals(version, Sellers.version(seller.id()), "an older update changes nothing");
        assertEquals(newestApplied, Sellers.lastAccountEventCreated(seller.id()));
    }

    @Test
    void anEventsSnapshotIsNotTrustedTheAccountIsFetchedAgain() throws Exception {
        Registered seller = activeSeller();
        restrict(seller);
        Sellers.awaitStatus(seller, "RESTRICTED");
        long newer = Sellers.lastAccountEventCreated(seller.id()) + 5;

        // Newer, but its payload is a stale copy claiming the account is active: Stripe says otherwise.
        String event = deliverToConnect(seller, newer, activeSnapshot(seller));
        InboxRows.awaitStatus(event, "processed", Duration.ofSeconds(10));

        assertEquals("RESTRICTED", Sellers.get(seller).json().getJsonObject("onboarding").getString("status"));
        assertEquals(newer, Sellers.lastAccountEventCreated(seller.id()), "the event was applied, with the fetched account");
    }

    @Test
    void theSameUpdateDeliveredTenTimesChangesTheSellerOnce() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        stripe.helper("accounts/" + seller.stripeAccountId() + "/onboard", "outcome", "complete");
        Sellers.awaitStatus(seller, "ACTIVE");
        String eventId = InboxRows.single("SELECT event_id FROM webhook_events WHERE account_id = ? AND event_type = 'account.updated'",
                seller.stripeAccountId()).orElseThrow();
        InboxRows.awaitStatus(eventId, "processed", Duration.ofSeconds(10));
        long versionAfterFirst = Sellers.version(seller.id());

        assertEquals(200, stripe.helper("events/" + eventId + "/deliver", "times", "10").status());
        awaitDeliveries(eventId, 11);

        assertEquals(versionAfterFirst, Sellers.version(seller.id()), "duplicates must not touch the seller again");
        assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_id = ?", eventId));
        assertEquals("ACTIVE", Sellers.get(seller).json().getJsonObject("onboarding").getString("status"));
    }

    private Registered activeSeller() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        stripe.helper("accounts/" + seller.stripeAccountId() + "/onboard", "outcome", "complete");
        Sellers.awaitStatus(seller, "ACTIVE");
        return seller;
    }

    private void restrict(Registered seller) {
        SandboxStripe.Raw restricted = stripe.helper("accounts/" + seller.stripeAccountId() + "/requirements",
                "past_due[0]", "external_account", "currently_due[0]", "external_account",
                "disabled_reason", "requirements.past_due", "payouts_enabled", "false");
        assertEquals(200, restricted.status(), restricted.body());
    }

    private static JsonObject activeSnapshot(Registered seller) {
        return Json.createObjectBuilder(SignedEvents.fixture("account"))
                .add("id", seller.stripeAccountId())
                .add("details_submitted", true).add("charges_enabled", true).add("payouts_enabled", true)
                .build();
    }

    /** An account.updated signed with the Connect secret, as Stripe would send it; returns its id. */
    private static String deliverToConnect(Registered seller, long created, JsonObject snapshot) {
        String id = "evt_it_" + UUID.randomUUID().toString().replace("-", "");
        String payload = SignedEvents.event(id, "account.updated", "account", seller.stripeAccountId(), created, snapshot);
        Reply reply = RunningMarketplace.api().post("/webhooks/stripe/connect", payload,
                "Stripe-Signature", SignedEvents.sign(payload, SignedEvents.CONNECT_SECRET));
        assertEquals(200, reply.status(), reply.body());
        return id;
    }

    private static long publishedProduct(Registered seller) {
        Reply created = Sellers.post(seller, "/api/sellers/" + seller.id() + "/products",
                "{\"name\":\"Bowl\",\"description\":\"Stoneware\",\"priceAmount\":2400,\"currency\":\"eur\",\"stock\":5,\"active\":true}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static List<Long> offeredIds() {
        Reply reply = RunningMarketplace.api().get("/api/products?limit=100");
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            Reply page = offset == 0 ? reply : RunningMarketplace.api().get("/api/products?limit=100&offset=" + offset);
            page.json().getJsonArray("items").forEach(item -> ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
            if (page.json().getJsonArray("items").size() < 100) {
                return ids;
            }
        }
    }

    private void awaitDeliveries(String eventId, int answered) throws Exception {
        for (int i = 0; i < 300; i++) {
            SandboxStripe.Raw log = stripe.getRaw("/_sandbox/deliveries?event=" + eventId, null);
            if (count(log.body(), "\"status\": \"delivered\"") + count(log.body(), "\"status\":\"delivered\"") >= answered) {
                Optional<String> status = InboxRows.status(eventId);
                assertEquals(Optional.of("processed"), status);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sandbox did not deliver " + eventId + " " + answered + " times");
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
