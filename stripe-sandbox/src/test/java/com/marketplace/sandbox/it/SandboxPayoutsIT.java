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
import com.stripe.model.Balance;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Payout;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.BalanceTransactionListParams;
import com.stripe.param.PayoutCreateParams;
import com.stripe.param.PayoutListParams;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pending and available funds of connected accounts, and their payouts: created from the
 * available balance, paid or failed a day later as the bank account's Stripe test number says,
 * canceled while pending, run automatically on a daily schedule. Each test has its own seller,
 * onboarded with Stripe's paying test bank account, and funded by a Destination charge (53.00).
 */
@ExtendWith(RunningSandbox.class)
class SandboxPayoutsIT {

    private static final long DAY = 86_400L;
    private static final long FUNDED = 5300L;

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
    void fundsStayPendingForTheAccountsDelayThenBecomeAvailable() throws Exception {
        String seller = scenarios.activeAccount("pending@payouts.test");
        helper("accounts/" + seller + "/payout_schedule", "delay_days", "2");
        fund(seller);

        Balance waiting = stripe.client().balance().retrieve(on(seller));
        BalanceTransaction payment = onlyTransaction(seller, "payment");
        assertEquals(0L, waiting.getAvailable().get(0).getAmount());
        assertEquals(FUNDED, waiting.getPending().get(0).getAmount());
        assertEquals("pending", payment.getStatus());
        assertEquals(payment.getCreated() + 2 * DAY, payment.getAvailableOn());

        advance(2 * DAY + 1);

        Balance later = stripe.client().balance().retrieve(on(seller));
        assertEquals(FUNDED, later.getAvailable().get(0).getAmount());
        assertEquals(0L, later.getPending().get(0).getAmount());
        assertEquals("available", onlyTransaction(seller, "payment").getStatus());
    }

    @Test
    void withTheDefaultDelayFundsAreAvailableAtOnce() throws Exception {
        String seller = scenarios.activeAccount("at-once@payouts.test");
        fund(seller);

        Balance balance = stripe.client().balance().retrieve(on(seller));
        assertEquals(FUNDED, balance.getAvailable().get(0).getAmount());
        assertEquals(0L, balance.getPending().get(0).getAmount());
    }

    @Test
    void aPayoutTakesTheAmountAtOnceAndIsPaidToTheTestBankOnItsArrivalDate() throws Exception {
        String seller = scenarios.activeAccount("paid@payouts.test");
        fund(seller);

        Payout payout = stripe.client().payouts().create(PayoutCreateParams.builder().setAmount(3000L).setCurrency("eur").build(), on(seller));

        assertEquals("pending", payout.getStatus());
        assertFalse(payout.getAutomatic());
        assertEquals(payout.getCreated() + DAY, payout.getArrivalDate());
        assertEquals(FUNDED - 3000, available(seller));
        BalanceTransaction debit = stripe.client().balanceTransactions().retrieve(payout.getBalanceTransaction(), on(seller));
        assertEquals("payout", debit.getType());
        assertEquals(-3000L, debit.getAmount());
        assertEquals(payout.getId(), debit.getSource());
        assertEquals(seller, webhooks.await("connect", "payout.created", event -> event.payload().contains(payout.getId())).event().getAccount());

        advance(DAY + 1);

        Payout paid = awaitPayoutEvent("payout.paid", payout.getId());
        assertEquals("paid", paid.getStatus());
        assertEquals("paid", stripe.client().payouts().retrieve(payout.getId(), on(seller)).getStatus());
        webhooks.await("connect", "payout.updated", event -> event.payload().contains(payout.getId()));
        assertEquals(FUNDED - 3000, available(seller));
    }

    @Test
    void aPayoutToAClosedTestAccountFailsAndReturnsItsAmount() throws Exception {
        String seller = scenarios.activeAccount("closed@payouts.test");
        helper("accounts/" + seller + "/bank_account", "account_number", "000111111113");
        fund(seller);
        String payoutId = runPayouts(seller);
        assertEquals(0L, available(seller));

        advance(DAY + 1);

        Payout failed = awaitPayoutEvent("payout.failed", payoutId);
        assertEquals("failed", failed.getStatus());
        assertEquals("account_closed", failed.getFailureCode());
        assertTrue(failed.getFailureMessage().contains("closed"));
        BalanceTransaction returned = stripe.client().balanceTransactions().retrieve(failed.getFailureBalanceTransaction(), on(seller));
        assertEquals("payout_failure", returned.getType());
        assertEquals(FUNDED, returned.getAmount());
        assertEquals(FUNDED, available(seller));
    }

    @Test
    void aPayoutToANonexistentTestAccountFailsWithNoAccount() throws Exception {
        String seller = scenarios.activeAccount("no-account@payouts.test");
        helper("accounts/" + seller + "/bank_account", "account_number", "000111111116");
        fund(seller);
        String payoutId = runPayouts(seller);

        advance(DAY + 1);

        assertEquals("no_account", awaitPayoutEvent("payout.failed", payoutId).getFailureCode());
    }

    @Test
    void theRunHelperPaysOutTheWholeAvailableBalanceAsAnAutomaticPayout() throws Exception {
        String seller = scenarios.activeAccount("run@payouts.test");
        fund(seller);

        Payout payout = stripe.client().payouts().retrieve(runPayouts(seller), on(seller));

        assertEquals(FUNDED, payout.getAmount());
        assertTrue(payout.getAutomatic());
        assertEquals(0L, available(seller));
    }

    @Test
    void cancelingAPendingPayoutReturnsItsAmount() throws Exception {
        String seller = scenarios.activeAccount("cancel@payouts.test");
        fund(seller);
        Payout payout = stripe.client().payouts().create(PayoutCreateParams.builder().setAmount(2000L).setCurrency("eur").build(), on(seller));

        Payout canceled = stripe.client().payouts().cancel(payout.getId(), on(seller));

        assertEquals("canceled", canceled.getStatus());
        assertEquals(FUNDED, available(seller));
        assertEquals("payout_cancel", stripe.client().balanceTransactions()
                .retrieve(canceled.getFailureBalanceTransaction(), on(seller)).getType());
        assertEquals("canceled", awaitPayoutEvent("payout.canceled", payout.getId()).getStatus());
        StripeException again = assertThrows(StripeException.class, () -> stripe.client().payouts().cancel(payout.getId(), on(seller)));
        assertEquals(400, again.getStatusCode());
    }

    @Test
    void aPayoutOfMoreThanTheAvailableBalanceIsRefused() throws Exception {
        String seller = scenarios.activeAccount("too-much@payouts.test");
        fund(seller);

        StripeException refused = assertThrows(StripeException.class, () -> stripe.client().payouts()
                .create(PayoutCreateParams.builder().setAmount(FUNDED + 1).setCurrency("eur").build(), on(seller)));

        assertEquals(400, refused.getStatusCode());
        assertEquals("balance_insufficient", refused.getCode());
        assertEquals(FUNDED, available(seller));
    }

    @Test
    void aDailyScheduleRunsAnAutomaticPayoutWhenANewDayStarts() throws Exception {
        String seller = scenarios.activeAccount("daily@payouts.test");
        helper("accounts/" + seller + "/payout_schedule", "interval", "daily");
        fund(seller);
        assertTrue(payouts(seller, null).isEmpty());

        advance(DAY);

        List<Payout> automatic = payouts(seller, null);
        assertEquals(1, automatic.size());
        assertTrue(automatic.get(0).getAutomatic());
        assertEquals(FUNDED, automatic.get(0).getAmount());
    }

    @Test
    void payoutsAreListedNewestFirstAndByStatus() throws Exception {
        String seller = scenarios.activeAccount("list@payouts.test");
        fund(seller);
        Payout first = stripe.client().payouts().create(PayoutCreateParams.builder().setAmount(1000L).setCurrency("eur").build(), on(seller));
        Payout second = stripe.client().payouts().create(PayoutCreateParams.builder().setAmount(1000L).setCurrency("eur").build(), on(seller));
        stripe.client().payouts().cancel(first.getId(), on(seller));

        assertEquals(List.of(second.getId(), first.getId()), payouts(seller, null).stream().map(Payout::getId).toList());
        assertEquals(List.of(first.getId()), payouts(seller, "canceled").stream().map(Payout::getId).toList());
    }

    private static void fund(String seller) throws Exception {
        Session session = scenarios.destinationSession(seller, 6000, 700);
        scenarios.payOnHostedPage(session, "4242424242424242");
    }

    private static String runPayouts(String seller) {
        SandboxStripe.Raw run = helper("accounts/" + seller + "/payouts/run");
        return Json.createReader(new StringReader(run.body())).readObject().getJsonArray("data").getJsonObject(0).getString("id");
    }

    private static List<Payout> payouts(String seller, String status) throws StripeException {
        PayoutListParams.Builder params = PayoutListParams.builder();
        if (status != null) {
            params.setStatus(status);
        }
        return stripe.client().payouts().list(params.build(), on(seller)).getData();
    }

    private static Payout awaitPayoutEvent(String type, String payoutId) throws Exception {
        WebhookReceiver.Received received = webhooks.await("connect", type, event -> event.payload().contains(payoutId));
        return (Payout) received.event().getDataObjectDeserializer().deserializeUnsafe();
    }

    private static long available(String seller) throws StripeException {
        return stripe.client().balance().retrieve(on(seller)).getAvailable().get(0).getAmount();
    }

    private static BalanceTransaction onlyTransaction(String seller, String type) throws StripeException {
        List<BalanceTransaction> found = stripe.client().balanceTransactions()
                .list(BalanceTransactionListParams.builder().setType(type).build(), on(seller)).getData();
        assertEquals(1, found.size());
        return found.get(0);
    }

    private static void advance(long seconds) {
        helper("clock/advance", "seconds", String.valueOf(seconds));
    }

    private static SandboxStripe.Raw helper(String path, String... keysAndValues) {
        SandboxStripe.Raw answer = stripe.helper(path, keysAndValues);
        assertEquals(200, answer.status(), path + ": " + answer.body());
        return answer;
    }

    private static RequestOptions on(String seller) {
        return SandboxStripe.onAccount(seller);
    }
}
