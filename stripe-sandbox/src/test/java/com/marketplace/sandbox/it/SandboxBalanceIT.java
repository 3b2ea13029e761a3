package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.sandbox.it.support.SeparateCharges;
import com.marketplace.sandbox.it.support.WebhookReceiver;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.model.Balance;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.BalanceTransactionListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Balances and balance transactions of the platform and of connected accounts, moved by charges,
 * fees, transfers, reversals, refunds and disputes. Tests share one sandbox, so the platform's
 * balance is checked by difference; each test has its own seller.
 */
@ExtendWith(RunningSandbox.class)
class SandboxBalanceIT {

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
    void aNewAccountHasAZeroBalanceInItsDefaultCurrency() throws Exception {
        String seller = newSeller();

        Balance balance = stripe.client().balance().retrieve(SandboxStripe.onAccount(seller));

        assertEquals(1, balance.getAvailable().size());
        assertEquals(0L, balance.getAvailable().get(0).getAmount());
        assertEquals("eur", balance.getAvailable().get(0).getCurrency());
        assertEquals(0L, balance.getPending().get(0).getAmount());
        assertTrue(stripe.client().balanceTransactions().list(SandboxStripe.onAccount(seller)).getData().isEmpty());
    }

    @Test
    void aDirectChargeCreditsTheSellerNetOfTheApplicationFeeAndThePlatformTheFee() throws Exception {
        String seller = newSeller();
        long platformBefore = platformAvailable();
        Session session = scenarios.directSession(seller, 2500, 300);
        scenarios.payOnHostedPage(session, "4242424242424242");
        RequestOptions onSeller = SandboxStripe.onAccount(seller);
        String intent = stripe.client().checkout().sessions().retrieve(session.getId(), null, onSeller).getPaymentIntent();
        Charge charge = stripe.client().charges().retrieve(
                stripe.client().paymentIntents().retrieve(intent, null, onSeller).getLatestCharge(), null, onSeller);

        BalanceTransaction onAccount = stripe.client().balanceTransactions().retrieve(charge.getBalanceTransaction(), onSeller);
        BalanceTransaction fee = only(BalanceTransactionListParams.builder().setSource(charge.getApplicationFee()).build(), null);

        assertEquals("charge", onAccount.getType());
        assertEquals(2500L, onAccount.getAmount());
        assertEquals(300L, onAccount.getFee());
        assertEquals(2200L, onAccount.getNet());
        assertEquals("application_fee", onAccount.getFeeDetails().get(0).getType());
        assertEquals(charge.getId(), onAccount.getSource());
        assertEquals(2200L, available(seller));
        assertEquals("application_fee", fee.getType());
        assertEquals(300L, fee.getNet());
        assertEquals(platformBefore + 300, platformAvailable());
    }

    @Test
    void aDestinationChargeLeavesThePlatformItsFeeAndCreditsTheSellerTheTransfer() throws Exception {
        String seller = newSeller();
        long platformBefore = platformAvailable();
        Session session = scenarios.destinationSession(seller, 6000, 700);
        scenarios.payOnHostedPage(session, "4242424242424242");
        Charge charge = platformCharge(session);
        Transfer transfer = stripe.client().transfers().retrieve(charge.getTransfer());

        BalanceTransaction charged = stripe.client().balanceTransactions().retrieve(charge.getBalanceTransaction());
        BalanceTransaction transferred = stripe.client().balanceTransactions().retrieve(transfer.getBalanceTransaction());
        BalanceTransaction received = only(BalanceTransactionListParams.builder().setType("payment").build(), seller);

        assertEquals(6000L, charged.getNet());
        assertEquals("transfer", transferred.getType());
        assertEquals(-5300L, transferred.getAmount());
        assertEquals(5300L, received.getAmount());
        assertEquals(transfer.getDestinationPayment(), received.getSource());
        assertEquals(5300L, available(seller));
        assertEquals(platformBefore + 700, platformAvailable());
    }

    @Test
    void aTransferAndItsReversalMoveBothBalances() throws Exception {
        String seller = newSeller();
        Charge charge = SeparateCharges.paidPlatformCharge(stripe, scenarios, "purchase_" + UUID.randomUUID(), 8000);
        long platformAfterCharge = platformAvailable();
        Transfer transfer = stripe.client().transfers().create(TransferCreateParams.builder().setAmount(5000L).setCurrency("eur")
                .setDestination(seller).setSourceTransaction(charge.getId()).build());
        assertEquals(5000L, available(seller));
        assertEquals(platformAfterCharge - 5000, platformAvailable());

        var reversal = stripe.client().transfers().reversals().create(transfer.getId(),
                com.stripe.param.TransferReversalCreateParams.builder().setAmount(2000L).build());

        assertEquals(3000L, available(seller));
        assertEquals(platformAfterCharge - 3000, platformAvailable());
        BalanceTransaction back = stripe.client().balanceTransactions().retrieve(reversal.getBalanceTransaction());
        assertEquals("transfer_refund", back.getType());
        assertEquals(2000L, back.getAmount());
        assertEquals(-2000L, only(BalanceTransactionListParams.builder().setType("payment_refund").build(), seller).getAmount());
    }

    @Test
    void aDirectRefundDebitsTheSellerAndReturningTheFeeDebitsThePlatform() throws Exception {
        String seller = newSeller();
        Session session = scenarios.directSession(seller, 2000, 200);
        scenarios.payOnHostedPage(session, "4242424242424242");
        RequestOptions onSeller = SandboxStripe.onAccount(seller);
        String intent = stripe.client().checkout().sessions().retrieve(session.getId(), null, onSeller).getPaymentIntent();
        long platformBefore = platformAvailable();

        var refund = stripe.client().refunds().create(RefundCreateParams.builder().setPaymentIntent(intent).setAmount(1000L)
                .setRefundApplicationFee(true).build(), onSeller);

        BalanceTransaction refunded = stripe.client().balanceTransactions().retrieve(refund.getBalanceTransaction(), onSeller);
        assertEquals("refund", refunded.getType());
        assertEquals(-1000L, refunded.getAmount());
        assertEquals(1800 - 1000 + 100, available(seller), "the refund is debited, half the fee comes back");
        assertEquals(platformBefore - 100, platformAvailable());
    }

    @Test
    void aDestinationChargeRefundedWholeWithItsTransferAndFeeLeavesBothBalancesWhereTheyWere() throws Exception {
        String seller = newSeller();
        long platformBefore = platformAvailable();
        Session session = scenarios.destinationSession(seller, 4000, 400);
        scenarios.payOnHostedPage(session, "4242424242424242");
        Charge charge = platformCharge(session);

        stripe.client().refunds().create(RefundCreateParams.builder().setCharge(charge.getId()).setAmount(1000L)
                .setReverseTransfer(true).setRefundApplicationFee(true).build());
        stripe.client().refunds().create(RefundCreateParams.builder().setCharge(charge.getId())
                .setReverseTransfer(true).setRefundApplicationFee(true).build());

        assertEquals(0L, available(seller));
        assertEquals(platformBefore, platformAvailable());
    }

    @Test
    void theHelperSetsAConnectedAccountsAvailableBalanceWithAnAdjustment() throws Exception {
        String seller = newSeller();

        SandboxStripe.Raw set = stripe.helper("accounts/" + seller + "/balance", "available", "4200", "currency", "eur");

        assertEquals(200, set.status(), set.body());
        assertEquals(4200L, available(seller));
        BalanceTransaction adjustment = only(BalanceTransactionListParams.builder().build(), seller);
        assertEquals("adjustment", adjustment.getType());
        assertEquals(4200L, adjustment.getAmount());
        assertEquals(404, stripe.helper("accounts/acct_doesnotexist/balance", "available", "1", "currency", "eur").status());
    }

    @Test
    void aDisputeOnAPlatformChargeWithdrawsAmountAndFeeFromThePlatformAndAWinReinstatesTheAmount() throws Exception {
        String seller = newSeller();
        Session session = scenarios.destinationSession(seller, 5000, 500);
        scenarios.payOnHostedPage(session, "4242424242424242");
        Charge charge = platformCharge(session);
        long platformBefore = platformAvailable();

        String disputeId = Json.createReader(new StringReader(stripe.helper("charges/" + charge.getId() + "/dispute",
                "reason", "fraudulent").body())).readObject().getString("id");

        WebhookReceiver.Received withdrawn = webhooks.await("platform", "charge.dispute.funds_withdrawn",
                received -> received.payload().contains(disputeId));
        assertNull(withdrawn.event().getAccount());
        Dispute dispute = (Dispute) withdrawn.event().getDataObjectDeserializer().getObject().orElseThrow();
        BalanceTransaction withdrawal = dispute.getBalanceTransactions().get(0);
        assertEquals(-5000L, withdrawal.getAmount());
        assertEquals(1500L, withdrawal.getFee());
        assertEquals(-6500L, withdrawal.getNet());
        assertEquals(platformBefore - 6500, platformAvailable());
        assertEquals(5000L - 500, available(seller), "the seller's balance is untouched: recovering is the platform's move");

        stripe.helper("disputes/" + disputeId + "/close", "status", "won");

        Dispute won = (Dispute) webhooks.await("platform", "charge.dispute.funds_reinstated", received -> received.payload().contains(disputeId))
                .event().getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals(List.of(-5000L, 5000L), won.getBalanceTransactions().stream().map(BalanceTransaction::getAmount).toList());
        assertEquals(platformBefore - 1500, platformAvailable(), "the dispute fee is not returned");
    }

    @Test
    void aDisputeOnADirectChargeWithdrawsFromTheSellerOnTheConnectEndpointAndALossReinstatesNothing() throws Exception {
        String seller = newSeller();
        Session session = scenarios.directSession(seller, 3000, 300);
        scenarios.payOnHostedPage(session, "4242424242424242");
        RequestOptions onSeller = SandboxStripe.onAccount(seller);
        String intent = stripe.client().checkout().sessions().retrieve(session.getId(), null, onSeller).getPaymentIntent();
        String charge = stripe.client().paymentIntents().retrieve(intent, null, onSeller).getLatestCharge();

        String disputeId = Json.createReader(new StringReader(stripe.helper("charges/" + charge + "/dispute",
                "reason", "fraudulent").body())).readObject().getString("id");

        WebhookReceiver.Received withdrawn = webhooks.await("connect", "charge.dispute.funds_withdrawn",
                received -> received.payload().contains(disputeId));
        assertEquals(seller, withdrawn.event().getAccount());
        assertEquals(2700L - 3000 - 1500, available(seller));
        stripe.client().disputes().close(disputeId, onSeller);
        webhooks.await("connect", "charge.dispute.closed", received -> received.payload().contains(disputeId));
        assertTrue(webhooks.all().stream().noneMatch(received -> "charge.dispute.funds_reinstated".equals(received.event().getType())
                && received.payload().contains(disputeId)));
        assertEquals(2700L - 3000 - 1500, available(seller));
    }

    @Test
    void balanceTransactionsAreListedNewestFirstPageByPageAndFilteredByType() throws Exception {
        String seller = newSeller();
        stripe.helper("accounts/" + seller + "/balance", "available", "100", "currency", "eur");
        stripe.helper("accounts/" + seller + "/balance", "available", "300", "currency", "eur");
        stripe.helper("accounts/" + seller + "/balance", "available", "600", "currency", "eur");
        RequestOptions onSeller = SandboxStripe.onAccount(seller);

        var page1 = stripe.client().balanceTransactions().list(BalanceTransactionListParams.builder().setLimit(2L).build(), onSeller);
        var page2 = stripe.client().balanceTransactions().list(BalanceTransactionListParams.builder().setLimit(2L)
                .setStartingAfter(page1.getData().get(1).getId()).build(), onSeller);

        assertEquals(List.of(300L, 200L), page1.getData().stream().map(BalanceTransaction::getAmount).toList());
        assertTrue(page1.getHasMore());
        assertEquals(List.of(100L), page2.getData().stream().map(BalanceTransaction::getAmount).toList());
        assertTrue(stripe.client().balanceTransactions().list(BalanceTransactionListParams.builder().setType("charge").build(), onSeller)
                .getData().isEmpty());
    }

    private static String newSeller() throws Exception {
        return scenarios.activeAccount("balance-" + UUID.randomUUID() + "@seller.test");
    }

    private static Charge platformCharge(Session session) throws Exception {
        String intent = stripe.client().checkout().sessions().retrieve(session.getId()).getPaymentIntent();
        return stripe.client().charges().retrieve(stripe.client().paymentIntents().retrieve(intent).getLatestCharge());
    }

    private static BalanceTransaction only(BalanceTransactionListParams params, String account) throws Exception {
        List<BalanceTransaction> found = stripe.client().balanceTransactions().list(params,
                account == null ? RequestOptions.getDefault() : SandboxStripe.onAccount(account)).getData();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static long available(String account) throws Exception {
        return amountIn(stripe.client().balance().retrieve(SandboxStripe.onAccount(account)));
    }

    private static long platformAvailable() throws Exception {
        return amountIn(stripe.client().balance().retrieve());
    }

    private static long amountIn(Balance balance) {
        return balance.getAvailable().stream().filter(funds -> "eur".equals(funds.getCurrency()))
                .mapToLong(Balance.Available::getAmount).findFirst().orElse(0L);
    }
}
