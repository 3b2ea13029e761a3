package com.marketplace.web.it.sellers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.ChargeActions;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.model.Account;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A seller the admin switches to a Standard account (the shared test process registers Express
 * sellers), then their whole journey on it: onboarding on Stripe's hosted page, a Direct charge on
 * their own account, a refund from there, their own Stripe Dashboard. A marketplace configured for
 * Standard accounts from the start is {@code SeparateMarketplaceIT.StandardAccounts}'s; the Express journey is the
 * rest of the suite's (SellerOnboardingIT, the orders ITs).
 */
@ExtendWith(RunningMarketplace.class)
class StandardSellerJourneyIT {

    private final HostedOnboarding onboarding = new HostedOnboarding();
    private final SandboxStripe stripe = onboarding.stripe();

    @Test
    void aSellerSwitchedToStandardOnboardsANewAccountSellsWithADirectChargeAndRefunds() throws Exception {
        Registered registered = Sellers.register("DIRECT");
        String expressAccount = registered.stripeAccountId();
        String oldKey = requestKey(registered.id());

        Reply switched = switchTo(registered.id(), "standard");

        assertEquals(200, switched.status(), switched.body());
        assertEquals("STANDARD", switched.json().getString("accountType"));
        assertTrue(!switched.json().containsKey("stripeAccountId") || switched.json().isNull("stripeAccountId"), "the Express account is forgotten: " + switched.body());
        assertNotEquals(oldKey, requestKey(registered.id()), "a new idempotency key for the new account");
        assertEquals(200, switchTo(registered.id(), "standard").status(), "the same type again is no change");

        // The forgotten Express account finishes onboarding: its account.updated no longer reaches the seller.
        long version = Sellers.version(registered.id());
        int updatesBefore = accountUpdates(expressAccount);
        assertEquals(200, stripe.helper("accounts/" + expressAccount + "/onboard", "outcome", "complete").status());
        InboxRows.awaitStatus(newestAccountUpdated(expressAccount, updatesBefore), "processed", Duration.ofSeconds(10));
        assertEquals(version, Sellers.version(registered.id()), "an event of the old account is ignored, not applied");
        assertEquals("PENDING", Sellers.get(registered).json().getJsonObject("onboarding").getString("status"));

        // The onboarding link provisions the new account first: a Standard one, without requested capabilities.
        String link = onboarding.linkFor(registered);
        String accountId = Sellers.get(registered).json().getString("stripeAccountId");
        assertNotEquals(expressAccount, accountId);
        Account account = stripe.client().v1().accounts().retrieve(accountId);
        assertEquals("standard", account.getType());
        assertEquals("express", stripe.client().v1().accounts().retrieve(expressAccount).getType(), "Stripe never changes an account's type");
        Registered seller = new Registered(registered.id(), registered.email(), registered.password(), accountId);

        onboarding.submit(link, "complete");
        Sellers.awaitStatus(seller, "ACTIVE");

        long product = Shop.product(seller, 2500, "eur", 3);
        Started checkout = Shop.checkout(product, 1);
        Shop.pay(checkout);
        JsonObject paid = Shop.awaitStatus(checkout.orderId(), "PAID");
        ChargeActions.Payment payment = ChargeActions.paymentOf(checkout, SandboxStripe.onAccount(accountId));
        assertTrue(payment.chargeId() != null, "the Direct charge lives on the seller's own account: " + paid);

        Reply refund = RunningMarketplace.api().request("POST", "/api/orders/" + checkout.orderId() + "/refund", "{}",
                "Authorization", seller.authorization());
        assertEquals(200, refund.status(), refund.body());
        assertEquals(2500, ChargeActions.refundedAtStripe(payment), "refunded from the seller's account");

        Reply dashboard = Sellers.post(seller, "/api/sellers/" + seller.id() + "/dashboard-link", null);
        assertEquals(200, dashboard.status(), dashboard.body());
        assertEquals("stripe_dashboard", dashboard.json().getString("kind"), "a Standard seller uses their own Dashboard: " + dashboard.body());
    }

    @Test
    void aSellerWithSalesIsRefusedAndKeepsTheirAccountActiveOrPaused() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        Shop.sell(Shop.product(seller, 1200, "eur", 2), 1);
        String key = requestKey(seller.id());
        long version = Sellers.version(seller.id());

        Reply refused = switchTo(seller.id(), "standard");

        assertEquals(409, refused.status(), refused.body());
        assertEquals("account_in_use", refused.json().getString("error"));
        assertTrue(refused.json().getString("message").contains("active"), refused.body());
        JsonObject after = Sellers.get(seller).json();
        assertEquals("EXPRESS", after.getString("accountType"));
        assertEquals(seller.stripeAccountId(), after.getString("stripeAccountId"));
        assertEquals("ACTIVE", after.getJsonObject("onboarding").getString("status"));
        assertEquals(key, requestKey(seller.id()));
        assertEquals(version, Sellers.version(seller.id()), "nothing written");

        // No longer active (paused: something past due), but the sale is still on the account.
        SandboxStripe.Raw pastDue = stripe.helper("accounts/" + seller.stripeAccountId() + "/requirements", "past_due[0]", "external_account",
                "currently_due[0]", "external_account", "disabled_reason", "requirements.past_due", "payouts_enabled", "false");
        assertEquals(200, pastDue.status(), pastDue.body());
        Sellers.awaitStatus(seller, "RESTRICTED");

        Reply stillRefused = switchTo(seller.id(), "standard");

        assertEquals(409, stillRefused.status(), stillRefused.body());
        assertEquals("account_in_use", stillRefused.json().getString("error"));
        assertTrue(stillRefused.json().getString("message").contains("orders"), stillRefused.body());
        assertEquals(seller.stripeAccountId(), Sellers.get(seller).json().getString("stripeAccountId"));
        assertEquals(key, requestKey(seller.id()));
    }

    @Test
    void anUnknownOrMissingTypeIs400NamingTheField() {
        Registered seller = Sellers.register("DIRECT");

        for (String body : new String[] {"{\"accountType\":\"custom\"}", "{}"}) {
            Reply refused = RunningMarketplace.api().request("PUT", "/api/admin/sellers/" + seller.id() + "/account-type", body,
                    "Authorization", RunningMarketplace.adminAuthorization());

            assertEquals(400, refused.status(), refused.body());
            assertEquals("validation_failed", refused.json().getString("error"));
            assertEquals("accountType", refused.json().getJsonArray("fields").getJsonObject(0).getString("field"), refused.body());
        }
        assertEquals("EXPRESS", Sellers.get(seller).json().getString("accountType"));
    }

    private static Reply switchTo(long sellerId, String accountType) {
        return RunningMarketplace.api().request("PUT", "/api/admin/sellers/" + sellerId + "/account-type",
                "{\"accountType\":\"" + accountType + "\"}", "Authorization", RunningMarketplace.adminAuthorization());
    }

    private static String requestKey(long sellerId) throws Exception {
        return InboxRows.single("SELECT account_request_key FROM sellers WHERE id = ?", sellerId).orElseThrow();
    }

    private static int accountUpdates(String account) throws Exception {
        return InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE account_id = ? AND event_type = 'account.updated'", account);
    }

    /** The account.updated that arrived after {@code before} others for the account. */
    private static String newestAccountUpdated(String account, int before) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (accountUpdates(account) <= before && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Optional<String> event = InboxRows.single("SELECT event_id FROM webhook_events WHERE account_id = ?"
                + " AND event_type = 'account.updated' ORDER BY received_at DESC, event_id LIMIT 1", account);
        return event.orElseThrow(() -> new AssertionError("no account.updated arrived for " + account));
    }
}
