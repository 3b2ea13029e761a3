package com.marketplace.web.it.sellers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Register, onboard on Stripe's hosted page (the sandbox's), and let account.updated decide the status. */
@ExtendWith(RunningMarketplace.class)
class SellerOnboardingIT {

    private final HostedOnboarding onboarding = new HostedOnboarding();

    @Test
    void registrationCreatesOneExpressAccountAndStartsPending() throws Exception {
        Registered seller = Sellers.register("DIRECT");

        JsonObject view = Sellers.get(seller).json();

        assertNotNull(seller.stripeAccountId(), "the connected account is created at registration");
        assertEquals("PENDING", view.getJsonObject("onboarding").getString("status"));
        assertEquals("EXPRESS", view.getString("accountType"));
        assertFalse(view.getJsonObject("onboarding").getBoolean("canSell"));
        assertTrue(view.getJsonObject("onboarding").getJsonArray("stillToDo").getValuesAs(JsonString::getString)
                .contains("Add the bank account your payouts go to"), "what Stripe asks for is shown from the start: " + view);
        assertFalse(view.containsKey("password") || view.toString().contains("PBKDF2"), "no password or hash is ever shown: " + view);
        SandboxStripe.Raw account = onboarding.stripe().getRaw("/v1/accounts/" + seller.stripeAccountId(), null);
        assertEquals(200, account.status());
        assertTrue(account.body().contains("\"seller_id\": \"" + seller.id() + "\"") || account.body().contains("\"seller_id\":\"" + seller.id() + "\""),
                "the account names its seller in metadata: " + account.body());
    }

    @Test
    void aCrashBetweenCreatingTheAccountAndStoringItLeavesOneAccountNotTwo() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        // As if the process died after Stripe created the account but before the id was committed.
        Sellers.forgetAccount(seller.id());

        onboarding.linkFor(seller);

        assertEquals(seller.stripeAccountId(), Sellers.get(seller).json().getString("stripeAccountId"),
                "the retry reuses the idempotency key fixed at registration, so Stripe answers with the same account");
    }

    @Test
    void completingOnboardingMakesTheSellerActiveThroughTheConnectWebhook() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        Sellers.keepReconcilerAway(seller.id());

        onboarding.submit(onboarding.linkFor(seller), "complete");
        // The browser is not sent back on purpose: the webhook alone must carry the news.
        JsonObject view = Sellers.awaitStatus(seller, "ACTIVE");

        JsonObject status = view.getJsonObject("onboarding");
        assertTrue(status.getBoolean("canSell"));
        assertTrue(status.getBoolean("chargesEnabled") && status.getBoolean("payoutsEnabled") && status.getBoolean("detailsSubmitted"));
        assertEquals("active", status.getJsonObject("capabilities").getString("cardPayments"));
        assertTrue(status.getJsonArray("stillToDo").isEmpty(), view.toString());
        assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'account.updated' AND account_id = ?"
                + " AND endpoint = 'connect' AND status = 'processed'", seller.stripeAccountId()));
    }

    @Test
    void leavingOnboardingUnfinishedKeepsTheSellerPendingWithWhatIsDueInWords() throws Exception {
        Registered seller = Sellers.register("DIRECT");

        String returnUrl = onboarding.submit(onboarding.linkFor(seller), "incomplete");
        SandboxStripe.Raw returnPage = onboarding.stripe().get(returnUrl);

        assertEquals(200, returnPage.status(), returnPage.body());
        assertTrue(returnPage.body().contains("data-status=\"PENDING\""), "returning does not mean finished: " + returnPage.body());
        assertTrue(returnPage.body().contains("Add the bank account your payouts go to"), returnPage.body());
        assertTrue(returnPage.body().contains("id=\"continue-onboarding\""), returnPage.body());
        JsonObject status = Sellers.get(seller).json().getJsonObject("onboarding");
        assertEquals("PENDING", status.getString("status"));
        List<String> due = status.getJsonArray("currentlyDue").stream().map(item -> item.asJsonObject().getString("code")).toList();
        assertTrue(due.containsAll(List.of("external_account", "tos_acceptance.date")), status.toString());
        List<String> toDo = status.getJsonArray("stillToDo").getValuesAs(JsonString::getString);
        assertTrue(toDo.contains("Accept Stripe's services agreement"), toDo.toString());
    }

    @Test
    void submittedWithADocumentPastDueIsRestrictedAndSaysWhatToUpload() throws Exception {
        Registered seller = Sellers.register("DESTINATION");

        onboarding.submit(onboarding.linkFor(seller), "restricted");
        JsonObject status = Sellers.awaitStatus(seller, "RESTRICTED").getJsonObject("onboarding");

        assertFalse(status.getBoolean("canSell"));
        assertEquals("requirements.past_due", status.getString("disabledReason"));
        assertEquals("individual.verification.document", status.getJsonArray("pastDue").getJsonObject(0).getString("code"));
        assertTrue(status.getJsonArray("stillToDo").getValuesAs(JsonString::getString).stream()
                .anyMatch(item -> item.startsWith("Upload an identity document")), status.toString());
    }

    @Test
    void theReturnPageShowsTheStatusStripeReportsNotTheRedirect() throws Exception {
        Registered seller = Sellers.register("DIRECT");

        String returnUrl = onboarding.submit(onboarding.linkFor(seller), "complete");
        SandboxStripe.Raw page = onboarding.stripe().get(returnUrl);

        assertEquals(200, page.status());
        assertTrue(page.body().contains("data-status=\"ACTIVE\""), page.body());
        assertFalse(page.body().contains("continue-onboarding"), page.body());
    }

    @Test
    void aSellerReturningWhileAnUpdateToTheirRowCommitsSeesTheirStatusNotAnError() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        String returnUrl = onboarding.submit(onboarding.linkFor(seller), "complete");
        Sellers.awaitStatus(seller, "ACTIVE");

        // The return page reads the seller, then waits for the row lock another update holds; that
        // update commits a newer version of the row while the page waits (as the webhook worker's does).
        SandboxStripe.Raw page;
        try (Sellers.RowLock lock = Sellers.lockRow(seller.id())) {
            CompletableFuture<SandboxStripe.Raw> returning = CompletableFuture.supplyAsync(() -> onboarding.stripe().get(returnUrl));
            lock.awaitAnotherWaiting(Duration.ofSeconds(15));
            lock.commitNewerVersion();
            page = returning.get(30, TimeUnit.SECONDS);
        }

        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("data-status=\"ACTIVE\""), page.body());
    }

    @Test
    void anExpiredLinkLeadsThroughTheRefreshUrlToANewWorkingLink() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        String link = onboarding.linkFor(seller);
        SandboxStripe stripe = onboarding.stripe();

        assertEquals(200, stripe.helper("clock/advance", "seconds", "600").status());
        SandboxStripe.Raw expired = stripe.get(link);
        assertEquals(303, expired.status(), "Stripe sends an expired link to its refresh_url: " + expired.body());
        assertTrue(expired.location().contains("/sellers/onboarding/refresh?token="), expired.location());
        SandboxStripe.Raw refreshed = stripe.get(expired.location());
        assertEquals(303, refreshed.status(), refreshed.body());
        String newLink = refreshed.location();

        assertFalse(newLink.equals(link), "a new link is minted");
        onboarding.submit(newLink, "complete");
        Sellers.awaitStatus(seller, "ACTIVE");
    }

    @Test
    void anUnknownRefreshTokenIsRefusedAndMintsNothing() {
        Reply reply = RunningMarketplace.api().getAccepting("/sellers/onboarding/refresh?token=not-a-token", "text/html");

        assertEquals(404, reply.status());
        assertTrue(reply.body().contains("expired or was already used"), reply.body());
    }

    @Test
    void anExpressSellerGetsADashboardLoginLinkOnceDetailsAreSubmitted() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        Reply tooEarly = Sellers.post(seller, "/api/sellers/" + seller.id() + "/dashboard-link", null);
        assertEquals(409, tooEarly.status(), tooEarly.body());
        assertEquals("onboarding_incomplete", tooEarly.json().getString("error"));

        onboarding.submit(onboarding.linkFor(seller), "complete");
        Sellers.awaitStatus(seller, "ACTIVE");
        Reply link = Sellers.post(seller, "/api/sellers/" + seller.id() + "/dashboard-link", null);

        assertEquals(200, link.status(), link.body());
        assertEquals("express_login_link", link.json().getString("kind"));
        assertEquals(200, onboarding.stripe().get(link.json().getString("url")).status(), "the login link opens the Express dashboard");
    }
}
