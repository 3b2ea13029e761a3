package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.sandbox.it.support.WebhookReceiver;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.ApplicationFee;
import com.stripe.model.Charge;
import com.stripe.model.Coupon;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PromotionCode;
import com.stripe.model.Refund;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CouponCreateParams;
import com.stripe.param.PromotionCodeCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class SandboxCheckoutIT {

    private static SandboxStripe stripe;
    private static SandboxScenarios scenarios;
    private static WebhookReceiver webhooks;
    private static String seller;

    @BeforeAll
    static void connect() throws Exception {
        stripe = RunningSandbox.stripe();
        scenarios = new SandboxScenarios(stripe);
        webhooks = WebhookReceiver.register(stripe.client());
        seller = scenarios.activeAccount("checkout@seller.test");
    }

    @AfterAll
    static void disconnect() throws Exception {
        webhooks.close();
    }

    @Test
    void aDirectChargePaidWith4242CompletesOnTheConnectEndpointAndPaysThePlatformItsFee() throws Exception {
        Session session = scenarios.directSession(seller, 2500, 300);

        SandboxStripe.Raw paid = scenarios.payOnHostedPage(session, "4242 4242 4242 4242");

        assertEquals(303, paid.status(), paid.body());
        assertEquals("http://127.0.0.1:1/checkout/success?session_id=" + session.getId(), paid.location());
        WebhookReceiver.Received completed = webhooks.await("connect", "checkout.session.completed",
                received -> seller.equals(received.event().getAccount()) && received.payload().contains(session.getId()));
        assertEquals(seller, completed.event().getAccount());
        Session fetched = stripe.client().checkout().sessions().retrieve(session.getId(), null, SandboxStripe.onAccount(seller));
        assertEquals("complete", fetched.getStatus());
        assertEquals("paid", fetched.getPaymentStatus());
        PaymentIntent intent = stripe.client().paymentIntents().retrieve(fetched.getPaymentIntent(), null, SandboxStripe.onAccount(seller));
        assertEquals("succeeded", intent.getStatus());
        assertEquals(300L, intent.getApplicationFeeAmount());
        Charge charge = stripe.client().charges().retrieve(intent.getLatestCharge(), null, SandboxStripe.onAccount(seller));
        ApplicationFee fee = stripe.client().applicationFees().retrieve(charge.getApplicationFee());
        assertEquals(300L, fee.getAmount());
        assertEquals(seller, fee.getAccount());
        webhooks.await("platform", "application_fee.created", received -> received.payload().contains(fee.getId()));
    }

    @Test
    void aDestinationChargePaidWith4242CompletesOnThePlatformEndpointAndTransfersAmountMinusFee() throws Exception {
        Session session = scenarios.destinationSession(seller, 4000, 500);

        scenarios.payOnHostedPage(session, "4242424242424242");

        WebhookReceiver.Received completed = webhooks.await("platform", "checkout.session.completed",
                received -> received.payload().contains(session.getId()));
        assertNull(completed.event().getAccount());
        Session fetched = stripe.client().checkout().sessions().retrieve(session.getId());
        PaymentIntent intent = stripe.client().paymentIntents().retrieve(fetched.getPaymentIntent());
        Charge charge = stripe.client().charges().retrieve(intent.getLatestCharge());
        Transfer transfer = stripe.client().transfers().retrieve(charge.getTransfer());
        assertEquals(3500L, transfer.getAmount());
        assertEquals(seller, transfer.getDestination());
        assertEquals(charge.getId(), transfer.getSourceTransaction());
        webhooks.await("platform", "transfer.created", received -> received.payload().contains(transfer.getId()));
    }

    @Test
    void aDeclinedCardLeavesTheSessionOpenAndReportsTheFailure() throws Exception {
        Session session = scenarios.destinationSession(seller, 1200, 100);

        SandboxStripe.Raw declined = scenarios.payOnHostedPage(session, "4000000000000002");

        assertEquals(200, declined.status());
        assertTrue(declined.body().contains("Your card was declined."), declined.body());
        Session fetched = stripe.client().checkout().sessions().retrieve(session.getId());
        assertEquals("open", fetched.getStatus());
        assertEquals("unpaid", fetched.getPaymentStatus());
        webhooks.await("platform", "payment_intent.payment_failed", received -> received.payload().contains(fetched.getPaymentIntent()));
    }

    @Test
    void aCardThatNeedsAuthenticationPaysOnlyOnceAuthenticated() throws Exception {
        Session session = scenarios.destinationSession(seller, 1500, 100);

        SandboxStripe.Raw challenge = scenarios.payOnHostedPage(session, "4000002500003155");
        SandboxStripe.Raw authenticated = stripe.postForm(session.getUrl() + "/pay", "method", "card",
                "card_number", "4000002500003155", "authentication", "complete");

        assertTrue(challenge.body().contains("authenticate-complete"), challenge.body());
        assertEquals(303, authenticated.status(), authenticated.body());
        assertEquals("paid", stripe.client().checkout().sessions().retrieve(session.getId()).getPaymentStatus());
    }

    @Test
    void aFullDiscountPromotionCompletesPaidWithoutAPaymentIntent() throws Exception {
        Coupon coupon = stripe.client().coupons().create(CouponCreateParams.builder()
                .setPercentOff(java.math.BigDecimal.valueOf(100)).setDuration(CouponCreateParams.Duration.ONCE).build());
        PromotionCode code = stripe.client().promotionCodes().create(PromotionCodeCreateParams.builder()
                .setPromotion(PromotionCodeCreateParams.Promotion.builder().setType(PromotionCodeCreateParams.Promotion.Type.COUPON)
                        .setCoupon(coupon.getId()).build())
                .setCode("FREE" + System.nanoTime()).build());
        Session session = stripe.client().checkout().sessions().create(scenarios.sessionFor(1800, "eur", 2)
                .setAllowPromotionCodes(true)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().setApplicationFeeAmount(200L)
                        .setTransferData(SessionCreateParams.PaymentIntentData.TransferData.builder().setDestination(seller).build()).build())
                .build());

        SandboxStripe.Raw applied = stripe.postForm(session.getUrl() + "/promotion", "promotion_code", code.getCode());
        SandboxStripe.Raw paid = stripe.postForm(session.getUrl() + "/pay", "method", "card", "card_number", "4242424242424242");

        assertTrue(applied.body().contains("id=\"total\""), applied.body());
        assertEquals(303, paid.status(), paid.body());
        Session fetched = stripe.client().checkout().sessions().retrieve(session.getId());
        assertEquals("complete", fetched.getStatus());
        assertEquals("paid", fetched.getPaymentStatus());
        assertEquals(0L, fetched.getAmountTotal());
        assertEquals(3600L, fetched.getAmountSubtotal());
        assertNull(fetched.getPaymentIntent());
        webhooks.await("platform", "checkout.session.completed", received -> received.payload().contains(session.getId()));
    }

    @Test
    void aBankDebitCompletesUnpaidAndLaterSettles() throws Exception {
        Session session = scenarios.destinationSession(seller, 2200, 200);

        stripe.postForm(session.getUrl() + "/pay", "method", "bank_debit");
        Session processing = stripe.client().checkout().sessions().retrieve(session.getId());
        SandboxStripe.Raw settled = stripe.helper("payment_intents/" + processing.getPaymentIntent() + "/settle", "outcome", "succeeded");

        assertEquals("complete", processing.getStatus());
        assertEquals("unpaid", processing.getPaymentStatus());
        assertEquals(200, settled.status(), settled.body());
        assertEquals("paid", stripe.client().checkout().sessions().retrieve(session.getId()).getPaymentStatus());
        webhooks.await("platform", "checkout.session.async_payment_succeeded", received -> received.payload().contains(session.getId()));
    }

    @Test
    void aDirectChargeSessionFetchedWithoutStripeAccountIsNotFound() throws Exception {
        Session session = scenarios.directSession(seller, 900, 50);

        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> stripe.client().checkout().sessions().retrieve(session.getId()));

        assertEquals(404, missing.getStatusCode());
        assertEquals("resource_missing", missing.getCode());
        assertTrue(missing.getMessage().contains("No such checkout.session: '" + session.getId() + "'"), missing.getMessage());
    }

    @Test
    void theSameIdempotencyKeyAndParametersReplayTheFirstResponse() throws Exception {
        String key = "order-42-session-" + System.nanoTime();
        SessionCreateParams params = scenarios.sessionFor(700, "eur", 1).build();

        Session first = stripe.client().checkout().sessions().create(params, RequestOptions.builder().setIdempotencyKey(key).build());
        Session replay = stripe.client().checkout().sessions().create(params, RequestOptions.builder().setIdempotencyKey(key).build());

        assertEquals(first.getId(), replay.getId());
    }

    @Test
    void theSameIdempotencyKeyWithDifferentParametersIsAnIdempotencyError() throws Exception {
        String key = "order-43-session-" + System.nanoTime();
        stripe.client().checkout().sessions().create(scenarios.sessionFor(700, "eur", 1).build(),
                RequestOptions.builder().setIdempotencyKey(key).build());

        IdempotencyException conflict = assertThrows(IdempotencyException.class, () -> stripe.client().checkout().sessions()
                .create(scenarios.sessionFor(800, "eur", 1).build(), RequestOptions.builder().setIdempotencyKey(key).build()));

        assertEquals(400, conflict.getStatusCode());
    }

    @Test
    void anApplicationFeeOnThePlatformWithoutADestinationIsRefusedAsStripeDoes() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().checkout().sessions()
                .create(scenarios.sessionFor(1000, "eur", 1).setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setApplicationFeeAmount(100L).build()).build()));

        assertEquals("payment_intent_data[application_fee_amount]", refused.getParam());
    }

    @Test
    void refundingADestinationChargeReversesTheTransferAndReturnsTheFee() throws Exception {
        Session session = scenarios.destinationSession(seller, 5000, 600);
        scenarios.payOnHostedPage(session, "4242424242424242");
        PaymentIntent intent = stripe.client().paymentIntents().retrieve(
                stripe.client().checkout().sessions().retrieve(session.getId()).getPaymentIntent());

        Refund refund = stripe.client().refunds().create(RefundCreateParams.builder().setPaymentIntent(intent.getId())
                .setReverseTransfer(true).setRefundApplicationFee(true).build());

        Charge charge = stripe.client().charges().retrieve(intent.getLatestCharge());
        assertEquals("succeeded", refund.getStatus());
        assertEquals(5000L, charge.getAmountRefunded());
        assertTrue(charge.getRefunded());
        assertEquals(4400L, stripe.client().transfers().retrieve(charge.getTransfer()).getAmountReversed());
        assertEquals(600L, stripe.client().applicationFees().retrieve(charge.getApplicationFee()).getAmountRefunded());
        webhooks.await("platform", "charge.refunded", received -> received.payload().contains(charge.getId()));
    }

    @Test
    void aDisputeOnADirectChargeIsReportedOnTheConnectEndpointAndClosingItAcceptsTheLoss() throws Exception {
        Session session = scenarios.directSession(seller, 2700, 200);
        scenarios.payOnHostedPage(session, "4242424242424242");
        String intent = stripe.client().checkout().sessions().retrieve(session.getId(), null, SandboxStripe.onAccount(seller)).getPaymentIntent();
        String charge = stripe.client().paymentIntents().retrieve(intent, null, SandboxStripe.onAccount(seller)).getLatestCharge();

        SandboxStripe.Raw opened = stripe.helper("charges/" + charge + "/dispute", "reason", "product_not_received");

        assertEquals(200, opened.status(), opened.body());
        WebhookReceiver.Received created = webhooks.await("connect", "charge.dispute.created",
                received -> received.payload().contains(charge));
        assertEquals(seller, created.event().getAccount());
        com.stripe.model.Dispute dispute = (com.stripe.model.Dispute) created.event().getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals(2700L, dispute.getAmount());
        com.stripe.model.Dispute closed = stripe.client().disputes().close(dispute.getId(), SandboxStripe.onAccount(seller));
        assertEquals("lost", closed.getStatus());
        webhooks.await("connect", "charge.dispute.closed", received -> received.payload().contains(dispute.getId()));
    }

    @Test
    void advancingTheClockPastExpiresAtExpiresTheSession() throws Exception {
        Session session = scenarios.destinationSession(seller, 1100, 100);

        SandboxStripe.Raw advanced = stripe.helper("clock/advance", "seconds", String.valueOf(25 * 3600));
        try {
            assertEquals(200, advanced.status(), advanced.body());
            assertEquals("expired", stripe.client().checkout().sessions().retrieve(session.getId()).getStatus());
            webhooks.await("platform", "checkout.session.expired", received -> received.payload().contains(session.getId()));
            assertEquals(200, scenarios.payOnHostedPage(session, "4242424242424242").status(), "an expired session shows a page, not a payment");
            assertEquals("expired", stripe.client().checkout().sessions().retrieve(session.getId()).getStatus());
        } finally {
            // Back to the real time: the marketplace dates its sessions by the real clock, and a
            // sandbox a day ahead would refuse every expires_at it sends in later tests.
            stripe.helper("clock/advance", "seconds", String.valueOf(-25 * 3600));
        }
    }

    @Test
    void aRefundLargerThanWhatRemainsIsRefused() throws Exception {
        Session session = scenarios.directSession(seller, 3000, 300);
        scenarios.payOnHostedPage(session, "4242424242424242");
        String intent = stripe.client().checkout().sessions().retrieve(session.getId(), null, SandboxStripe.onAccount(seller)).getPaymentIntent();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().refunds().create(
                RefundCreateParams.builder().setPaymentIntent(intent).setAmount(3001L).build(), SandboxStripe.onAccount(seller)));

        assertEquals("amount", refused.getParam());
        assertNotEquals(0, refused.getMessage().length());
    }

    @Test
    void aChargedBackChargeCannotBeRefundedUntilItsDisputeIsWon() throws Exception {
        Session session = scenarios.directSession(seller, 2000, 200);
        scenarios.payOnHostedPage(session, "4242424242424242");
        RequestOptions onSeller = SandboxStripe.onAccount(seller);
        String intent = stripe.client().checkout().sessions().retrieve(session.getId(), null, onSeller).getPaymentIntent();
        String charge = stripe.client().paymentIntents().retrieve(intent, null, onSeller).getLatestCharge();
        String dispute = jakarta.json.Json.createReader(new java.io.StringReader(
                stripe.helper("charges/" + charge + "/dispute", "reason", "fraudulent").body())).readObject().getString("id");

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().refunds().create(
                RefundCreateParams.builder().setPaymentIntent(intent).setAmount(500L).build(), onSeller));

        assertEquals("charge_disputed", refused.getCode());
        assertEquals(0L, stripe.client().charges().retrieve(charge, null, onSeller).getAmountRefunded());
        assertEquals(200, stripe.helper("disputes/" + dispute + "/close", "status", "won").status());
        assertEquals("succeeded", stripe.client().refunds().create(
                RefundCreateParams.builder().setPaymentIntent(intent).setAmount(500L).build(), onSeller).getStatus());
    }

    @Test
    void disputesAreListedByPaymentIntentOnTheChargesAccountWithTheirEvidenceDeadline() throws Exception {
        Session session = scenarios.directSession(seller, 2300, 200);
        scenarios.payOnHostedPage(session, "4242424242424242");
        RequestOptions onSeller = SandboxStripe.onAccount(seller);
        String intent = stripe.client().checkout().sessions().retrieve(session.getId(), null, onSeller).getPaymentIntent();
        String charge = stripe.client().paymentIntents().retrieve(intent, null, onSeller).getLatestCharge();
        long openedAt = java.time.Instant.now().getEpochSecond();
        assertEquals(200, stripe.helper("charges/" + charge + "/dispute", "reason", "fraudulent").status());

        java.util.List<com.stripe.model.Dispute> listed = stripe.client().disputes().list(com.stripe.param.DisputeListParams.builder()
                .setPaymentIntent(intent).build(), onSeller).getData();

        assertEquals(1, listed.size(), listed.toString());
        assertEquals(charge, listed.get(0).getCharge());
        assertTrue(listed.get(0).getEvidenceDetails().getDueBy() > openedAt, "an answer is due in the future: " + listed.get(0));
        assertTrue(stripe.client().disputes().list(com.stripe.param.DisputeListParams.builder().setPaymentIntent(intent).build())
                .getData().isEmpty(), "a Direct charge's disputes live on the seller's account");
    }
}
