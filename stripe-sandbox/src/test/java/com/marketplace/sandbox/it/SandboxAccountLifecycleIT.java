package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.sandbox.it.support.WebhookReceiver;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.Application;
import com.stripe.model.BankAccount;
import com.stripe.model.Capability;
import com.stripe.param.AccountListParams;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What happens to a connected account after onboarding: Stripe's review changes its requirements
 * (with a deadline) and capabilities ({@code capability.updated}), its bank account is replaced,
 * and its owner disconnects the platform ({@code account.application.deauthorized}, then 403
 * {@code account_invalid} on every request the platform makes on it).
 */
@ExtendWith(RunningSandbox.class)
class SandboxAccountLifecycleIT {

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
    void deauthorizingSendsTheEventWithTheApplicationOnTheConnectEndpoint() throws Exception {
        String seller = scenarios.activeAccount("leaving@lifecycle.test");

        helper("accounts/" + seller + "/deauthorize");

        WebhookReceiver.Received received = webhooks.await("connect", "account.application.deauthorized",
                event -> seller.equals(event.event().getAccount()));
        Application application = (Application) received.event().getDataObjectDeserializer().deserializeUnsafe();
        assertEquals("ca_sandbox_platform", application.getId());
    }

    @Test
    void afterDeauthorizationEveryRequestOnTheAccountIsAccountInvalid() throws Exception {
        String seller = scenarios.activeAccount("gone@lifecycle.test");

        helper("accounts/" + seller + "/deauthorize");

        StripeException balance = assertThrows(StripeException.class,
                () -> stripe.client().balance().retrieve(SandboxStripe.onAccount(seller)));
        assertEquals(403, balance.getStatusCode());
        assertEquals("account_invalid", balance.getCode());
        StripeException account = assertThrows(StripeException.class, () -> stripe.client().accounts().retrieve(seller));
        assertEquals(403, account.getStatusCode());
        assertEquals("account_invalid", account.getCode());
    }

    @Test
    void aDeauthorizedAccountIsNoLongerListed() throws Exception {
        String staying = scenarios.activeAccount("staying@lifecycle.test");
        String leaving = scenarios.activeAccount("leaving-list@lifecycle.test");

        helper("accounts/" + leaving + "/deauthorize");

        List<String> listed = stripe.client().accounts().list(AccountListParams.builder().setLimit(100L).build())
                .getData().stream().map(Account::getId).toList();
        assertTrue(listed.contains(staying));
        assertFalse(listed.contains(leaving));
    }

    @Test
    void requirementsCarryTheirCurrentDeadline() throws Exception {
        String seller = scenarios.activeAccount("deadline@lifecycle.test");
        long deadline = 1_900_000_000L;

        helper("accounts/" + seller + "/requirements", "currently_due[]", "individual.verification.document",
                "current_deadline", String.valueOf(deadline));

        Account account = stripe.client().accounts().retrieve(seller);
        assertEquals(deadline, account.getRequirements().getCurrentDeadline());
        assertEquals(List.of("individual.verification.document"), account.getRequirements().getCurrentlyDue());
    }

    @Test
    void aCapabilityChangeSendsCapabilityUpdatedWithItsPreviousStatus() throws Exception {
        String seller = scenarios.activeAccount("capability@lifecycle.test");

        helper("accounts/" + seller + "/requirements", "capabilities[card_payments]", "inactive", "charges_enabled", "false");

        WebhookReceiver.Received received = webhooks.await("connect", "capability.updated",
                event -> seller.equals(event.event().getAccount()) && event.payload().contains("\"inactive\""));
        Capability capability = (Capability) received.event().getDataObjectDeserializer().deserializeUnsafe();
        assertEquals("card_payments", capability.getId());
        assertEquals(seller, capability.getAccount());
        assertEquals("inactive", capability.getStatus());
        assertEquals("active", received.event().getData().getPreviousAttributes().get("status"));
    }

    @Test
    void onboardingActivatesEachCapabilityWithAnEvent() throws Exception {
        String seller = scenarios.activeAccount("onboarded@lifecycle.test");

        for (String name : List.of("card_payments", "transfers")) {
            WebhookReceiver.Received received = webhooks.await("connect", "capability.updated",
                    event -> seller.equals(event.event().getAccount()) && name.equals(capabilityOf(event).getId()));
            assertEquals("active", capabilityOf(received).getStatus());
        }
    }

    @Test
    void onboardingGivesTheAccountStripesPayingTestBankAccount() throws Exception {
        String seller = scenarios.activeAccount("bank@lifecycle.test");

        Account account = stripe.client().accounts().retrieve(seller);

        BankAccount bank = (BankAccount) account.getExternalAccounts().getData().get(0);
        assertEquals("6789", bank.getLast4());
    }

    @Test
    void theBankAccountHelperReplacesTheExternalAccountWithEvents() throws Exception {
        String seller = scenarios.activeAccount("new-bank@lifecycle.test");

        helper("accounts/" + seller + "/bank_account", "account_number", "000111111116");

        BankAccount bank = (BankAccount) stripe.client().accounts().retrieve(seller).getExternalAccounts().getData().get(0);
        assertEquals("1116", bank.getLast4());
        webhooks.await("connect", "account.external_account.updated", event -> event.payload().contains(bank.getId()));
        webhooks.await("connect", "account.updated", event -> event.payload().contains(bank.getId()));
    }

    private static Capability capabilityOf(WebhookReceiver.Received received) {
        try {
            return (Capability) received.event().getDataObjectDeserializer().deserializeUnsafe();
        } catch (com.stripe.exception.EventDataObjectDeserializationException e) {
            throw new AssertionError("capability.updated does not deserialize: " + received.payload(), e);
        }
    }

    private static SandboxStripe.Raw helper(String path, String... keysAndValues) {
        SandboxStripe.Raw answer = stripe.helper(path, keysAndValues);
        assertEquals(200, answer.status(), path + ": " + answer.body());
        return answer;
    }
}
