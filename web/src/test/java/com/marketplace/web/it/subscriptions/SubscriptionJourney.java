package com.marketplace.web.it.subscriptions;

import static com.marketplace.web.it.subscriptions.Subscribing.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.subscriptions.Subscribing.Subscriber;
import com.marketplace.web.it.support.MailServer;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.WebhookFaults;
import com.stripe.model.Charge;
import com.stripe.model.Invoice;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Subscription;
import com.stripe.model.Transfer;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A buyer's subscription from Checkout to renewals, the same for both charge types; the subclasses
 * say which. The seller's fee is 12.5% (an override), fixed on the subscription as
 * {@code application_fee_percent}; the sandbox's test clocks make the months pass.
 */
abstract class SubscriptionJourney {

    static final int FEE_BPS = 1250;

    private static Registered seller;

    abstract boolean direct();

    @BeforeAll
    static void clean() {
        seller = null;
    }

    Registered seller() throws Exception {
        if (seller == null) {
            seller = Shop.activeSeller(direct() ? "DIRECT" : "DESTINATION");
            Shop.feeOverride(seller, "eur", FEE_BPS, 0);
        }
        return seller;
    }

    @Test
    void theBuyersAccountListsTheirSubscription() throws Exception {
        Registered seller = seller();
        long planId = Subscribing.plan(seller, "Listed", 1500, 14).getJsonNumber("id").longValue();
        Subscriber subscriber = Subscribing.subscriber(seller, direct());

        long id = Subscribing.subscribeAndPay(subscriber, planId, "4242424242424242");
        Subscribing.awaitStatus(subscriber.buyer(), id, "trialing");

        Reply me = RunningMarketplace.api().get("/api/buyers/me", "Authorization", subscriber.buyer().authorization());
        assertEquals(200, me.status(), me.body());
        JsonObject listed = me.json().getJsonArray("subscriptions").getJsonObject(0);
        assertEquals(id, listed.getJsonNumber("id").longValue());
        assertEquals(planId, listed.getJsonNumber("planId").longValue());
        assertEquals("trialing", listed.getString("status"));
        assertEquals("access", listed.getString("access"));
    }

    @Test
    void aTrialStartsTrialingThenTheRenewalIsPaidWithTheFeeAndMailedAsAReceipt() throws Exception {
        Registered seller = seller();
        long planId = Subscribing.plan(seller, "Gym", 2000, 7).getJsonNumber("id").longValue();
        Subscriber subscriber = Subscribing.subscriber(seller, direct());

        long id = Subscribing.subscribeAndPay(subscriber, planId, "4242424242424242");

        JsonObject trialing = Subscribing.awaitStatus(subscriber.buyer(), id, "trialing");
        assertEquals("access", trialing.getString("access"));
        assertEquals(planId, trialing.getJsonNumber("planId").longValue());
        JsonObject started = Subscribing.awaitMail("subscription_started", "subscription_" + id);
        assertEquals(subscriber.buyer().email(), Subscribing.mailRecipient("subscription_started", "subscription_" + id));
        assertEquals(trialing.getString("trialEnd"), Instant.parse(started.getString("trialEnd")).toString());
        assertEquals("2000", started.getString("amount"));
        assertTrue(started.getString("manageUrl").endsWith("/account/subscriptions/" + id), started.toString());
        JsonObject toSeller = Subscribing.awaitMail("seller_new_subscriber", "subscription_" + id);
        assertEquals(subscriber.buyer().email(), toSeller.getString("buyerEmail"));

        Subscription stripe = Subscribing.stripeSubscription(subscriber);
        assertEquals(0, new java.math.BigDecimal("12.5").compareTo(stripe.getApplicationFeePercent()));
        Subscribing.advance(subscriber, stripe.getTrialEnd() - 2 * DAY);
        JsonObject trialEnding = Subscribing.awaitMail("trial_ending", "trial_" + id + "_" + stripe.getTrialEnd());
        assertEquals(Instant.ofEpochSecond(stripe.getTrialEnd()).toString(), trialEnding.getString("trialEnd"));
        Subscribing.advance(subscriber, stripe.getTrialEnd() + 2 * 3600);

        JsonObject active = Subscribing.awaitStatus(subscriber.buyer(), id, "active");
        List<Invoice> invoices = Subscribing.invoices(subscriber, stripe.getId());
        Invoice renewal = invoices.get(invoices.size() - 1);
        assertEquals("subscription_cycle", renewal.getBillingReason());
        assertEquals("paid", renewal.getStatus());
        assertEquals(2000L, renewal.getAmountPaid());
        PaymentIntent intent = Subscribing.paymentIntentOf(subscriber, renewal);
        assertEquals(250L, intent.getApplicationFeeAmount(), "12.5% of 20.00");
        Charge charge = Subscribing.stripe().v1().charges().retrieve(intent.getLatestCharge(), subscriber.on());
        if (direct()) {
            assertNull(charge.getTransfer(), "a Direct charge stays on the seller's account");
            assertEquals(seller.stripeAccountId(), Subscribing.stripe().v1().applicationFees().retrieve(charge.getApplicationFee(),
                    com.stripe.net.RequestOptions.getDefault()).getAccount());
        } else {
            Transfer transfer = Subscribing.stripe().v1().transfers().retrieve(charge.getTransfer(), com.stripe.net.RequestOptions.getDefault());
            assertEquals(1750L, transfer.getAmount());
            assertEquals(seller.stripeAccountId(), transfer.getDestination());
        }
        JsonObject receipt = Subscribing.awaitMail("renewal_receipt", "invoice_" + renewal.getId());
        assertEquals("2000", receipt.getString("amountPaid"));
        assertEquals(renewal.getNumber(), receipt.getString("invoiceNumber"));
        assertEquals(active.getString("currentPeriodEnd"), Instant.parse(receipt.getString("currentPeriodEnd")).toString());
        assertEquals(0, Subscribing.mails("renewal_receipt", "invoice_" + invoices.get(0).getId()), "the first (trial) invoice is no renewal");
        MailServer.awaitMessage(subscriber.buyer().email(), "Your receipt for Gym (invoice " + renewal.getNumber() + ")", Subscribing.PATIENCE);
        assertEquals(0, Subscribing.failedSubscriptionEvents());
    }

    @Test
    void aPlanSwitchMidPeriodIsProratedByStripesRuleAndDuplicatedShuffledEventsChangeNothing() throws Exception {
        Registered seller = seller();
        long basic = Subscribing.plan(seller, "Basic", 3000, 0).getJsonNumber("id").longValue();
        long premium = Subscribing.plan(seller, "Premium", 7000, 0).getJsonNumber("id").longValue();
        Subscriber subscriber = Subscribing.subscriber(seller, direct());
        long id = Subscribing.subscribeAndPay(subscriber, basic, "4242424242424242");
        Subscribing.awaitStatus(subscriber.buyer(), id, "active");
        Subscription stripe = Subscribing.stripeSubscription(subscriber);
        long start = Subscribing.periodStart(stripe);
        long end = Subscribing.periodEnd(stripe);
        long changedAt = start + 10 * DAY + 1234;
        Subscribing.advance(subscriber, changedAt);

        List<Long> pending;
        JsonObject switched;
        try {
            assertEquals(200, Shop.stripe().helper("webhooks/faults", "copies", "3", "hold", "true").status());
            Reply reply = Subscribing.post(subscriber.buyer(), "/api/subscriptions/" + id + "/change-plan", "{\"planId\":" + premium + "}");
            assertEquals(200, reply.status(), reply.body());
            switched = reply.json();
            pending = Subscribing.pendingInvoiceItems(subscriber);
            Subscribing.advance(subscriber, end + 2 * 3600);
            WebhookFaults.releaseShuffled();
            Subscribing.awaitWebhooksQuiet();
        } finally {
            WebhookFaults.clear();
        }

        assertEquals(premium, switched.getJsonNumber("planId").longValue(), "the answer is already Stripe's state");
        assertEquals(7000L, switched.getJsonNumber("amount").longValue());
        long credit = -Subscribing.prorated(3000, end - changedAt, end - start);
        long charge = Subscribing.prorated(7000, end - changedAt, end - start);
        assertEquals(List.of(charge, credit), pending, "unused time on Basic credited, remaining time on Premium charged");
        List<Invoice> invoices = Subscribing.invoices(subscriber, stripe.getId());
        Invoice next = invoices.get(invoices.size() - 1);
        assertEquals(7000L + credit + charge, next.getAmountPaid());
        assertEquals(Subscribing.percentOf(next.getAmountPaid(), FEE_BPS), Subscribing.paymentIntentOf(subscriber, next).getApplicationFeeAmount());
        Subscription now = Subscribing.stripeSubscription(subscriber);
        JsonObject mirrored = Subscribing.get(subscriber.buyer(), id).json();
        assertEquals("active", mirrored.getString("status"));
        assertEquals(premium, mirrored.getJsonNumber("planId").longValue());
        assertEquals(Instant.ofEpochSecond(Subscribing.periodEnd(now)).toString(), mirrored.getString("currentPeriodEnd"));
        assertFalse(mirrored.getBoolean("cancelAtPeriodEnd"));
        assertEquals(1, Subscribing.mails("renewal_receipt", "invoice_" + next.getId()));
        assertEquals(1, Subscribing.mails("subscription_started", "subscription_" + id));
        assertEquals(0, Subscribing.mails("subscription_cancelled", "subscription_" + id));
        assertEquals(0, Subscribing.failedSubscriptionEvents());
    }

    @Test
    void cancellingAtPeriodEndKeepsAccessAndCancellingNowEndsItAndTellsBothSides() throws Exception {
        Registered seller = seller();
        long planId = Subscribing.plan(seller, "Short", 800, 0).getJsonNumber("id").longValue();
        Subscriber subscriber = Subscribing.subscriber(seller, direct());
        long id = Subscribing.subscribeAndPay(subscriber, planId, "4242424242424242");
        Subscribing.awaitStatus(subscriber.buyer(), id, "active");

        Reply later = Subscribing.post(subscriber.buyer(), "/api/subscriptions/" + id + "/cancel", "{\"atPeriodEnd\":true}");
        Reply now = Subscribing.post(subscriber.buyer(), "/api/subscriptions/" + id + "/cancel", "{\"atPeriodEnd\":false}");

        assertEquals(200, later.status(), later.body());
        assertTrue(later.json().getBoolean("cancelAtPeriodEnd"));
        assertEquals("access", later.json().getString("access"));
        assertEquals(200, now.status(), now.body());
        assertEquals("canceled", now.json().getString("status"));
        assertEquals("none", now.json().getString("access"));
        assertTrue(now.json().containsKey("endedAt"), now.body());
        Subscribing.awaitMail("subscription_cancelled", "subscription_" + id);
        assertEquals(seller.email(), Subscribing.mailRecipient("subscription_cancelled", "subscription_" + id + "_seller"));
        Reply access = Subscribing.access(seller, subscriber.buyer().email());
        assertEquals(200, access.status(), access.body());
        assertEquals("none", access.json().getString("access"));
        Reply again = Subscribing.post(subscriber.buyer(), "/api/subscriptions/" + id + "/cancel", "{\"atPeriodEnd\":false}");
        assertEquals(409, again.status(), again.body());
    }
}
