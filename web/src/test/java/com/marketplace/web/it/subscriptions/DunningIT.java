package com.marketplace.web.it.subscriptions;

import static com.marketplace.web.it.subscriptions.Subscribing.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.subscriptions.Subscribing.Subscriber;
import com.marketplace.web.it.support.MailServer;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.stripe.model.Invoice;
import com.stripe.model.Subscription;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A renewal that fails (card 4000 0000 0000 0341 attaches, then every charge on it fails): the
 * subscription goes past due, access continues with a warning and the buyer is mailed a link to
 * fix the card; fixed in Stripe's portal it is active again, left unfixed access ends when
 * Stripe's retries (3, 5 and 7 days after each failure) run out. Each for a Direct seller (the
 * subscription on their connected account) and a Destination one (on the platform).
 */
@ExtendWith(RunningMarketplace.class)
class DunningIT {

    private static final String FAILING_CARD = "4000000000000341";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DIRECT", "DESTINATION"})
    void aFailedRenewalIsPastDueWithADunningMailAndActiveAgainOnceTheCardIsFixedInThePortal(String chargeType) throws Exception {
        Registered seller = Shop.activeSeller(chargeType);
        Subscriber subscriber = Subscribing.subscriber(seller, "DIRECT".equals(chargeType));
        long id = trialThenFailedRenewal(seller, subscriber);
        Invoice failed = latestInvoice(subscriber);

        JsonObject dunning = Subscribing.awaitMail("renewal_failed", "invoice_" + failed.getId() + "_attempt_1");
        assertTrue(dunning.getString("fixUrl").matches("https?://.+/account/subscriptions/" + id + "/portal"), dunning.toString());
        assertEquals("2500", dunning.getString("amountDue"));
        assertEquals(failed.getId(), dunning.getString("invoiceId"));
        MimeMessage mail = MailServer.awaitMessage(subscriber.buyer().email(), "Your payment for Dunned did not go through: update your card",
                Subscribing.PATIENCE);
        String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains(dunning.getString("fixUrl")), text);
        Reply pastDue = Subscribing.access(seller, subscriber.buyer().email());
        assertEquals("access_past_due", pastDue.json().getString("access"), pastDue.body());
        assertTrue(pastDue.json().containsKey("warning"), pastDue.body());

        Reply portal = Subscribing.post(subscriber.buyer(), "/api/subscriptions/" + id + "/portal", "");
        assertEquals(200, portal.status(), portal.body());
        SandboxStripe.Raw fixed = Shop.stripe().postForm(portal.json().getString("url") + "/card", "card_number", "4242 4242 4242 4242");
        assertEquals(200, fixed.status(), fixed.body());

        Subscribing.awaitStatus(subscriber.buyer(), id, "active");
        assertEquals("access", Subscribing.access(seller, subscriber.buyer().email()).json().getString("access"));
        Subscribing.awaitMail("renewal_receipt", "invoice_" + failed.getId());
        assertEquals(0, Subscribing.failedSubscriptionEvents());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DIRECT", "DESTINATION"})
    void aFailedRenewalLeftUnfixedEndsAccessWhenTheRetriesRunOut(String chargeType) throws Exception {
        Registered seller = Shop.activeSeller(chargeType);
        Subscriber subscriber = Subscribing.subscriber(seller, "DIRECT".equals(chargeType));
        long id = trialThenFailedRenewal(seller, subscriber);
        Invoice failed = latestInvoice(subscriber);

        Subscribing.advance(subscriber, failed.getCreated() + 20 * DAY);

        JsonObject ended = Subscribing.awaitStatus(subscriber.buyer(), id, "canceled");
        assertEquals("none", ended.getString("access"));
        assertTrue(ended.containsKey("endedAt"), ended.toString());
        Reply access = Subscribing.access(seller, subscriber.buyer().email());
        assertEquals("none", access.json().getString("access"), access.body());
        Subscribing.awaitMail("subscription_cancelled", "subscription_" + id);
        Subscribing.awaitMail("subscription_cancelled", "subscription_" + id + "_seller");
        assertEquals(0, Subscribing.failedSubscriptionEvents());
    }

    /**
     * Subscribes with a 7-day trial on the failing card and lets the trial end: the first renewal
     * fails and is dunned. (A failure the platform learns of only after the invoice closed is no
     * news to the buyer, so the test waits for this one before moving the clock on.)
     */
    private static long trialThenFailedRenewal(Registered seller, Subscriber subscriber) throws Exception {
        long planId = Subscribing.plan(seller, "Dunned", 2500, 7).getJsonNumber("id").longValue();
        long id = Subscribing.subscribeAndPay(subscriber, planId, FAILING_CARD);
        Subscribing.awaitStatus(subscriber.buyer(), id, "trialing");
        Subscription stripe = Subscribing.stripeSubscription(subscriber);
        Subscribing.advance(subscriber, stripe.getTrialEnd() + 2 * 3600);
        JsonObject pastDue = Subscribing.awaitStatus(subscriber.buyer(), id, "past_due");
        assertEquals("access_past_due", pastDue.getString("access"));
        Subscribing.awaitMail("renewal_failed", "invoice_" + latestInvoice(subscriber).getId() + "_attempt_1");
        return id;
    }

    private static Invoice latestInvoice(Subscriber subscriber) throws Exception {
        Subscription stripe = Subscribing.stripeSubscription(subscriber);
        return Subscribing.stripe().v1().invoices().retrieve(stripe.getLatestInvoice(), subscriber.on());
    }
}
