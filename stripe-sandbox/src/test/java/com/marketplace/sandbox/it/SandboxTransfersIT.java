package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.sandbox.it.support.SeparateCharges;
import com.marketplace.sandbox.it.support.WebhookReceiver;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Transfer;
import com.stripe.model.TransferReversal;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferListParams;
import com.stripe.param.TransferReversalCreateParams;
import com.stripe.param.TransferUpdateParams;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Separate charges and transfers: a platform charge with a transfer_group, transfers funded by it, and their reversals. */
@ExtendWith(RunningSandbox.class)
class SandboxTransfersIT {

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
    void aSessionsTransferGroupIsOnItsPaymentIntentAndChargeAndNothingIsTransferred() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 10000);

        PaymentIntent intent = stripe.client().paymentIntents().retrieve(charge.getPaymentIntent());

        assertEquals(group, intent.getTransferGroup());
        assertEquals(group, charge.getTransferGroup());
        assertNull(charge.getTransfer(), "no transfer_data, no automatic transfer");
        assertTrue(stripe.client().transfers().list(TransferListParams.builder().setTransferGroup(group).build()).getData().isEmpty());
    }

    @Test
    void aTransferFromASourceTransactionReachesTheSellerOnceAndIsAnnouncedOnThePlatformEndpoint() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 10000);
        String seller = scenarios.activeAccount("transfer-" + group + "@seller.test");
        TransferCreateParams params = transferOf(charge, seller, 6300, group);
        RequestOptions once = RequestOptions.builder().setIdempotencyKey("order-a-" + group).build();

        Transfer transfer = stripe.client().transfers().create(params, once);
        Transfer replayed = stripe.client().transfers().create(params, once);

        assertEquals(transfer.getId(), replayed.getId());
        assertEquals(6300L, transfer.getAmount());
        assertEquals(charge.getId(), transfer.getSourceTransaction());
        assertEquals(group, transfer.getTransferGroup());
        assertEquals("order a", transfer.getMetadata().get("order"));
        List<Transfer> listed = stripe.client().transfers().list(TransferListParams.builder()
                .setDestination(seller).setTransferGroup(group).build()).getData();
        assertEquals(List.of(transfer.getId()), listed.stream().map(Transfer::getId).toList());
        WebhookReceiver.Received created = webhooks.await("platform", "transfer.created", received -> received.payload().contains(transfer.getId()));
        assertNull(created.event().getAccount());
    }

    @Test
    void aSourceTransactionFundsNoMoreThanWhatWasNotTransferredFromItYet() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 10000);
        String seller = scenarios.activeAccount("over-" + group + "@seller.test");
        stripe.client().transfers().create(transferOf(charge, seller, 6000, group));

        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> stripe.client().transfers().create(transferOf(charge, seller, 4001, group)));

        assertEquals("balance_insufficient", refused.getCode());
        assertEquals("amount", refused.getParam());
        assertEquals(1, stripe.client().transfers().list(TransferListParams.builder().setTransferGroup(group).build()).getData().size());
        assertEquals(4000L, stripe.client().transfers().create(transferOf(charge, seller, 4000, group)).getAmount());
    }

    @Test
    void aTransferInAnotherCurrencyThanItsSourceTransactionIsRefused() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 5000);
        String seller = scenarios.activeAccount("currency-" + group + "@seller.test");

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().transfers().create(
                TransferCreateParams.builder().setAmount(100L).setCurrency("usd").setDestination(seller)
                        .setSourceTransaction(charge.getId()).build()));

        assertEquals("currency", refused.getParam());
    }

    @Test
    void aTransferToAnUnknownAccountOrFromAnUnknownChargeIsRefused() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 5000);
        String seller = scenarios.activeAccount("unknown-" + group + "@seller.test");

        InvalidRequestException noAccount = assertThrows(InvalidRequestException.class,
                () -> stripe.client().transfers().create(transferOf(charge, "acct_doesnotexist", 100, group)));
        InvalidRequestException noCharge = assertThrows(InvalidRequestException.class, () -> stripe.client().transfers().create(
                TransferCreateParams.builder().setAmount(100L).setCurrency("eur").setDestination(seller)
                        .setSourceTransaction("ch_doesnotexist").build()));

        assertEquals("No such destination: 'acct_doesnotexist'", noAccount.getStripeError().getMessage());
        assertEquals("destination", noAccount.getParam());
        assertEquals("resource_missing", noCharge.getCode());
        assertEquals("source_transaction", noCharge.getParam());
    }

    @Test
    void anAccountWithoutTheTransfersCapabilityCannotReceiveATransfer() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 5000);
        String notOnboarded = scenarios.newExpressAccount("inactive-" + group + "@seller.test").getId();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> stripe.client().transfers().create(transferOf(charge, notOnboarded, 100, group)));

        assertTrue(refused.getMessage().contains("capabilities enabled: transfers"), refused.getMessage());
    }

    @Test
    void reversalsAddUpOnTheTransferUntilItIsReversedWholeAndEachIsAnnounced() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 10000);
        String seller = scenarios.activeAccount("reverse-" + group + "@seller.test");
        Transfer transfer = stripe.client().transfers().create(transferOf(charge, seller, 5000, group));

        TransferReversal partial = stripe.client().transfers().reversals().create(transfer.getId(),
                TransferReversalCreateParams.builder().setAmount(1200L).putMetadata("refund", "r1").build());
        Transfer afterPartial = stripe.client().transfers().retrieve(transfer.getId());
        TransferReversal rest = stripe.client().transfers().reversals().create(transfer.getId());
        Transfer afterAll = stripe.client().transfers().retrieve(transfer.getId());

        assertEquals(1200L, partial.getAmount());
        assertEquals("r1", partial.getMetadata().get("refund"));
        assertEquals(1200L, afterPartial.getAmountReversed());
        assertFalse(afterPartial.getReversed());
        assertEquals(3800L, rest.getAmount(), "without an amount, what remains is reversed");
        assertEquals(5000L, afterAll.getAmountReversed());
        assertTrue(afterAll.getReversed());
        assertEquals(List.of(rest.getId(), partial.getId()),
                afterAll.getReversals().getData().stream().map(TransferReversal::getId).toList());
        assertEquals(2, stripe.client().transfers().reversals().list(transfer.getId()).getData().size());
        assertEquals(partial.getId(), stripe.client().transfers().reversals().retrieve(transfer.getId(), partial.getId()).getId());
        Transfer announced = (Transfer) webhooks.await("platform", "transfer.reversed", received -> received.payload().contains(rest.getId()))
                .event().getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals(5000L, announced.getAmountReversed());
        InvalidRequestException again = assertThrows(InvalidRequestException.class,
                () -> stripe.client().transfers().reversals().create(transfer.getId()));
        assertEquals("amount", again.getParam());
    }

    @Test
    void aReversalTheSellersBalanceCannotCoverIsRefusedAndChangesNothing() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 10000);
        String seller = scenarios.activeAccount("payout-" + group + "@seller.test");
        Transfer transfer = stripe.client().transfers().create(transferOf(charge, seller, 5000, group));
        SandboxStripe.Raw paidOut = stripe.helper("accounts/" + seller + "/balance", "available", "1000", "currency", "eur");
        assertEquals(200, paidOut.status(), paidOut.body());

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().transfers().reversals()
                .create(transfer.getId(), TransferReversalCreateParams.builder().setAmount(1001L).build()));

        assertEquals(400, refused.getStatusCode());
        assertEquals("invalid_request_error", refused.getStripeError().getType());
        assertEquals("balance_insufficient", refused.getCode());
        assertEquals(0L, stripe.client().transfers().retrieve(transfer.getId()).getAmountReversed());
        assertTrue(stripe.client().transfers().reversals().list(transfer.getId()).getData().isEmpty());
        assertEquals(1000L, stripe.client().balance().retrieve(SandboxStripe.onAccount(seller)).getAvailable().get(0).getAmount());
        assertEquals(1000L, stripe.client().transfers().reversals().create(transfer.getId(),
                TransferReversalCreateParams.builder().setAmount(1000L).build()).getAmount(), "what the balance covers is reversed");
    }

    @Test
    void aDestinationChargesTransferIsReversedWhateverTheSellersBalance() throws Exception {
        String seller = scenarios.activeAccount("destination-reverse-" + UUID.randomUUID() + "@seller.test");
        Session session = scenarios.destinationSession(seller, 4000, 400);
        scenarios.payOnHostedPage(session, "4242424242424242");
        String chargeId = stripe.client().paymentIntents().retrieve(
                stripe.client().checkout().sessions().retrieve(session.getId()).getPaymentIntent()).getLatestCharge();
        String transfer = stripe.client().charges().retrieve(chargeId).getTransfer();
        stripe.helper("accounts/" + seller + "/balance", "available", "0", "currency", "eur");

        TransferReversal reversal = stripe.client().transfers().reversals().create(transfer);

        assertEquals(3600L, reversal.getAmount());
        assertEquals(-3600L, stripe.client().balance().retrieve(SandboxStripe.onAccount(seller)).getAvailable().get(0).getAmount());
    }

    @Test
    void aTransfersDescriptionAndMetadataCanBeChangedAndTheChangeIsAnnounced() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 3000);
        String seller = scenarios.activeAccount("update-" + group + "@seller.test");
        Transfer transfer = stripe.client().transfers().create(transferOf(charge, seller, 1000, group));

        Transfer updated = stripe.client().transfers().update(transfer.getId(), TransferUpdateParams.builder()
                .setDescription("Order 42").putMetadata("note", "checked").build());

        assertEquals("Order 42", updated.getDescription());
        assertEquals("checked", updated.getMetadata().get("note"));
        assertEquals("order a", updated.getMetadata().get("order"));
        webhooks.await("platform", "transfer.updated", received -> received.payload().contains(transfer.getId()));
    }

    @Test
    void transfersAreListedNewestFirstPageByPage() throws Exception {
        String group = "purchase_" + UUID.randomUUID();
        Charge charge = paidPlatformCharge(group, 9000);
        String seller = scenarios.activeAccount("paging-" + group + "@seller.test");
        Transfer first = stripe.client().transfers().create(transferOf(charge, seller, 1000, group));
        Transfer second = stripe.client().transfers().create(transferOf(charge, seller, 1000, group));
        Transfer third = stripe.client().transfers().create(transferOf(charge, seller, 1000, group));

        var page1 = stripe.client().transfers().list(TransferListParams.builder().setTransferGroup(group).setLimit(2L).build());
        var page2 = stripe.client().transfers().list(TransferListParams.builder().setTransferGroup(group).setLimit(2L)
                .setStartingAfter(page1.getData().get(1).getId()).build());

        assertEquals(List.of(third.getId(), second.getId()), page1.getData().stream().map(Transfer::getId).toList());
        assertTrue(page1.getHasMore());
        assertEquals(List.of(first.getId()), page2.getData().stream().map(Transfer::getId).toList());
        assertFalse(page2.getHasMore());
    }

    private static TransferCreateParams transferOf(Charge charge, String destination, long amount, String group) {
        return TransferCreateParams.builder().setAmount(amount).setCurrency("eur").setDestination(destination)
                .setTransferGroup(group).setSourceTransaction(charge.getId()).putMetadata("order", "order a").build();
    }

    private static Charge paidPlatformCharge(String group, long amount) throws Exception {
        return SeparateCharges.paidPlatformCharge(stripe, scenarios, group, amount);
    }
}
