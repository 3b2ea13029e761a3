package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.sandbox.it.support.WebhookReceiver;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.LoginLink;
import com.stripe.param.AccountLinkCreateParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class SandboxAccountsIT {

    private static SandboxStripe stripe;
    private static SandboxScenarios scenarios;
    private static WebhookReceiver webhooks;

    @BeforeAll
    static void connect() throws Exception {
        stripe = RunningSandbox.stripe();
        scenarios = new SandboxScenarios(stripe);
        webhooks = WebhookReceiver.register(stripe.client());
    }

    @AfterAll
    static void disconnect() throws Exception {
        webhooks.close();
    }

    @Test
    void aNewExpressAccountCannotTakePaymentsUntilItIsOnboarded() throws Exception {
        Account account = scenarios.newExpressAccount("new@seller.test");

        assertTrue(account.getId().startsWith("acct_"));
        assertEquals("express", account.getType());
        assertFalse(account.getChargesEnabled());
        assertFalse(account.getPayoutsEnabled());
        assertFalse(account.getDetailsSubmitted());
        assertEquals("requirements.past_due", account.getRequirements().getDisabledReason());
        assertFalse(account.getRequirements().getCurrentlyDue().isEmpty());
    }

    @Test
    void onboardingOnTheHostedPageEnablesTheAccountAndSendsASignedAccountUpdatedToConnect() throws Exception {
        String accountId = scenarios.newExpressAccount("onboard@seller.test").getId();
        AccountLink link = stripe.client().accountLinks().create(AccountLinkCreateParams.builder()
                .setAccount(accountId).setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl("http://127.0.0.1:1/onboarding/refresh").setReturnUrl("http://127.0.0.1:1/onboarding/return").build());

        SandboxStripe.Raw page = stripe.get(link.getUrl());
        SandboxStripe.Raw submitted = stripe.postForm(link.getUrl(), "business_name", "Pottery Ltd", "email", "onboard@seller.test",
                "business_type", "company", "outcome", "complete");

        assertEquals(200, page.status());
        assertTrue(page.body().contains("submit-onboarding"), page.body());
        assertEquals(303, submitted.status(), submitted.body());
        assertEquals("http://127.0.0.1:1/onboarding/return", submitted.location());
        WebhookReceiver.Received update = webhooks.await("connect", "account.updated", received -> accountId.equals(received.event().getAccount()));
        Account projected = (Account) update.event().getDataObjectDeserializer().getObject().orElseThrow();
        assertTrue(projected.getChargesEnabled());
        assertTrue(projected.getPayoutsEnabled());
        assertTrue(update.event().getData().getPreviousAttributes().containsKey("charges_enabled"));
        Account fetched = stripe.client().accounts().retrieve(accountId);
        assertTrue(fetched.getChargesEnabled());
        assertTrue(fetched.getRequirements().getCurrentlyDue().isEmpty());
        assertEquals("active", fetched.getCapabilities().getCardPayments());
    }

    @Test
    void aUsedAccountLinkSendsThePersonToTheRefreshUrl() throws Exception {
        String accountId = scenarios.newExpressAccount("twice@seller.test").getId();
        AccountLink link = stripe.client().accountLinks().create(AccountLinkCreateParams.builder()
                .setAccount(accountId).setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl("http://127.0.0.1:1/refresh").setReturnUrl("http://127.0.0.1:1/return").build());
        stripe.postForm(link.getUrl(), "outcome", "incomplete");

        SandboxStripe.Raw again = stripe.get(link.getUrl());

        assertEquals(303, again.status());
        assertEquals("http://127.0.0.1:1/refresh", again.location());
    }

    @Test
    void restrictedVerificationLeavesChargesDisabledWithADocumentPastDue() throws Exception {
        String accountId = scenarios.newExpressAccount("restricted@seller.test").getId();

        stripe.helper("accounts/" + accountId + "/onboard", "outcome", "restricted");

        Account account = stripe.client().accounts().retrieve(accountId);
        assertTrue(account.getDetailsSubmitted());
        assertFalse(account.getChargesEnabled());
        assertTrue(account.getRequirements().getPastDue().contains("individual.verification.document"));
    }

    @Test
    void anExpressAccountGetsALoginLinkToItsDashboard() throws Exception {
        String accountId = scenarios.activeAccount("login@seller.test");

        LoginLink login = stripe.client().accounts().loginLinks().create(accountId);

        assertTrue(login.getUrl().contains("/hosted/dashboard/" + accountId), login.getUrl());
        assertEquals(200, stripe.get(login.getUrl()).status());
    }

    @Test
    void aRequestWithoutAnApiKeyIsRefusedWithStripes401() {
        SandboxStripe.Raw answer = stripe.post("/v1/accounts", "type=express", null);

        assertEquals(401, answer.status());
        assertTrue(answer.body().contains("\"type\":\"invalid_request_error\""), answer.body());
        assertTrue(answer.body().contains("You did not provide an API key"), answer.body());
    }

    @Test
    void aLiveOrMalformedKeyIsRefusedAsAnAuthenticationError() {
        StripeClient live = StripeClient.builder().setApiKey("sk_live_" + "0".repeat(24))
                .setApiBase(stripe.base().toString()).build();

        assertThrows(AuthenticationException.class, () -> live.accounts().retrieve("acct_whatever"));
    }

    @Test
    void anUnknownAccountIsStripes404() {
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> stripe.client().accounts().retrieve("acct_doesnotexist"));

        assertEquals(404, missing.getStatusCode());
    }
}
