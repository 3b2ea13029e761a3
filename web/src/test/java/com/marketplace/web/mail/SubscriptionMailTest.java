package com.marketplace.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The subscription messages rendered from the data the subscriptions feature writes
 * (docs/notifications.md): subject, amounts in words, both parts linking the subscription, the
 * dunning messages the portal, the HTML escaped and the text not.
 */
class SubscriptionMailTest {

    private static final String BASE = "https://shop.example.test";
    private static final String MANAGE = BASE + "/account/subscriptions/17";
    private static final String FIX = MANAGE + "/portal";

    private final JteMessageRenderer renderer = new JteMessageRenderer(new MarketplaceConfig() {
        @Override
        public URI publicBaseUrl() {
            return URI.create(BASE);
        }
    });

    private MailMessage render(NotificationKind kind, Map<String, String> extra) {
        Map<String, String> data = new LinkedHashMap<>(Map.of("subscriptionId", "17", "planName", "Tea club", "sellerName", "Leaf & Co",
                "amount", "2000", "currency", "eur", "interval", "month", "manageUrl", MANAGE));
        data.putAll(extra);
        return renderer.render(new Notification(9, kind, "someone@example.test", "subscription_17", data, NotificationStatus.PENDING, 1,
                Instant.EPOCH, Optional.empty(), Instant.EPOCH, Optional.empty(), Optional.empty()));
    }

    private static void assertInBoth(MailMessage message, String text) {
        assertTrue(message.text().contains(text), message.text());
        assertTrue(message.html().contains(text), message.html());
    }

    private static void assertLinks(MailMessage message, String url) {
        assertTrue(message.text().contains(url), message.text());
        assertTrue(message.html().contains("<a href=\"" + url + "\">"), message.html());
    }

    @Test
    void aStartedSubscriptionWithATrialSaysWhenTheFirstPaymentIsTaken() {
        MailMessage message = render(NotificationKind.SUBSCRIPTION_STARTED,
                Map.of("trialEnd", "2030-01-15T10:00:00Z", "currentPeriodEnd", "2030-01-15T10:00:00Z"));

        assertEquals("Your free trial of Tea club has started", message.subject());
        assertInBoth(message, "Your free trial runs until 15 January 2030, 10:00 UTC. The first payment, €20.00 a month, is taken then");
        assertTrue(message.text().contains("Price:  €20.00 a month"), message.text());
        assertLinks(message, MANAGE);
    }

    @Test
    void aStartedSubscriptionWithoutATrialSaysWhenTheNextPaymentIsDue() {
        MailMessage message = render(NotificationKind.SUBSCRIPTION_STARTED, Map.of("trialEnd", "", "currentPeriodEnd", "2030-02-01T09:30:00Z"));

        assertEquals("Your subscription to Tea club has started", message.subject());
        assertInBoth(message, "Your first payment was received; the next one is due on 1 February 2030, 09:30 UTC.");
        assertFalse(message.text().contains("trial"), message.text());
        assertLinks(message, MANAGE);
    }

    @Test
    void theSellerIsToldWhoSubscribed() {
        MailMessage message = render(NotificationKind.SELLER_NEW_SUBSCRIBER,
                Map.of("buyerName", "Ann Buyer", "buyerEmail", "ann@example.test", "amount", "24000", "interval", "year"));

        assertEquals("New subscriber to Tea club: Ann Buyer", message.subject());
        assertInBoth(message, "Ann Buyer (ann@example.test) subscribed to your plan Tea club.");
        assertInBoth(message, "€240.00 a year");
        assertLinks(message, MANAGE);
    }

    @Test
    void anEndingTrialSaysWhenAndWhatIsChargedThen() {
        MailMessage message = render(NotificationKind.TRIAL_ENDING, Map.of("trialEnd", "2030-01-15T10:00:00Z"));

        assertEquals("Your free trial of Tea club ends on 15 January 2030, 10:00 UTC", message.subject());
        assertInBoth(message, "From then on €20.00 a month is charged to the card you gave, unless you cancel before.");
        assertLinks(message, MANAGE);
    }

    @Test
    void aRenewalReceiptSaysWhatWasPaidOnWhichInvoiceAndUntilWhen() {
        MailMessage message = render(NotificationKind.RENEWAL_RECEIPT, Map.of("invoiceId", "in_1", "invoiceNumber", "A1B2-0002",
                "amountPaid", "1850", "currentPeriodEnd", "2030-03-01T00:00:00Z"));

        assertEquals("Your receipt for Tea club (invoice A1B2-0002)", message.subject());
        assertInBoth(message, "€18.50 was paid (invoice A1B2-0002). It now runs until 1 March 2030, 00:00 UTC.");
        assertLinks(message, MANAGE);
    }

    @Test
    void aFailedRenewalLinksThePortalToFixTheCardBeforeAnythingElse() {
        MailMessage message = render(NotificationKind.RENEWAL_FAILED, Map.of("invoiceId", "in_2", "invoiceNumber", "A1B2-0003",
                "amountDue", "2000", "nextAttempt", "2030-03-04T00:00:00Z", "fixUrl", FIX));

        assertEquals("Your payment for Tea club did not go through: update your card", message.subject());
        assertInBoth(message, "The payment of €20.00 for Tea club (invoice A1B2-0003) did not go through.");
        assertInBoth(message, "We will try again on 4 March 2030, 00:00 UTC.");
        assertTrue(message.html().contains("<p><strong>Update your card: <a href=\"" + FIX + "\">" + FIX + "</a></strong></p>"), message.html());
        assertTrue(message.text().contains("Update your card: " + FIX), message.text());
        assertTrue(message.text().indexOf(FIX) < message.text().indexOf("Plan:"), "the fix link comes first: " + message.text());
        assertLinks(message, MANAGE);
    }

    @Test
    void aFailedRenewalWithoutAnotherAttemptPromisesNone() {
        MailMessage message = render(NotificationKind.RENEWAL_FAILED, Map.of("invoiceId", "in_2", "amountDue", "2000", "nextAttempt", "",
                "fixUrl", FIX));

        assertFalse(message.text().contains("try again"), message.text());
        assertInBoth(message, "(invoice in_2)");
    }

    @Test
    void anActionRequiredLinksThePortalToConfirmThePayment() {
        MailMessage message = render(NotificationKind.ACTION_REQUIRED, Map.of("invoiceId", "in_3", "invoiceNumber", "A1B2-0004",
                "amountDue", "2000", "fixUrl", FIX));

        assertEquals("Your bank asks you to confirm your payment for Tea club", message.subject());
        assertInBoth(message, "confirm the payment of €20.00 for Tea club (invoice A1B2-0004)");
        assertTrue(message.html().contains("<p><strong>Confirm the payment: <a href=\"" + FIX + "\">" + FIX + "</a></strong></p>"),
                message.html());
        assertTrue(message.text().contains("Confirm the payment: " + FIX), message.text());
        assertLinks(message, MANAGE);
    }

    @Test
    void theBuyersCopyOfACancellationSpeaksToTheBuyer() {
        MailMessage message = render(NotificationKind.SUBSCRIPTION_CANCELLED, Map.of("endedAt", "2030-04-01T12:00:00Z"));

        assertEquals("Your subscription to Tea club is cancelled", message.subject());
        assertTrue(message.text().contains("\nYour subscription to Tea club from Leaf & Co is cancelled and will not be charged again."
                + " Your access ended on 1 April 2030, 12:00 UTC."), message.text());
        assertInBoth(message, "€20.00 a month");
        assertLinks(message, MANAGE);
    }

    @Test
    void theSellersCopyOfACancellationNamesTheBuyer() {
        MailMessage message = render(NotificationKind.SUBSCRIPTION_CANCELLED, Map.of("endedAt", "2030-04-01T12:00:00Z", "buyerName", "Ann Buyer"));

        assertEquals("Ann Buyer is no longer subscribed to Tea club", message.subject());
        assertInBoth(message, "Ann Buyer's subscription to your plan Tea club is cancelled. Their access ended on 1 April 2030, 12:00 UTC.");
        assertFalse(message.text().contains("Your subscription"), message.text());
        assertLinks(message, MANAGE);
    }

    @Test
    void aMessageWithoutItsLinksLinksTheSubscriptionsPagesFromThePublicAddress() {
        Map<String, String> data = Map.of("invoiceId", "in_2", "amountDue", "2000", "manageUrl", "");

        MailMessage message = render(NotificationKind.RENEWAL_FAILED, data);

        assertLinks(message, MANAGE);
        assertLinks(message, FIX);
    }

    @Test
    void hostileValuesAreEscapedInTheHtmlAndLeftAsTheyAreInTheText() {
        String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        for (NotificationKind kind : SubscriptionMail.KINDS) {
            MailMessage message = render(kind, Map.of("planName", hostile, "sellerName", hostile, "buyerName", hostile, "buyerEmail", hostile,
                    "invoiceNumber", hostile, "manageUrl", MANAGE + hostile, "fixUrl", FIX + hostile, "trialEnd", "2030-01-15T10:00:00Z",
                    "amountDue", "2000", "amountPaid", "2000"));

            assertFalse(message.html().contains("<script"), kind + ": " + message.html());
            assertFalse(message.html().contains("<img"), kind + ": " + message.html());
            assertFalse(message.html().contains("href=\"" + MANAGE + "\">"), kind + ": the link's quote is escaped " + message.html());
            assertTrue(message.html().contains("&lt;script&gt;"), kind + ": " + message.html());
            assertTrue(message.text().contains(hostile), kind + ": the text part is not escaped " + message.text());
        }
    }

    @Test
    void everySubscriptionKindHasBothItsTemplates() {
        for (NotificationKind kind : SubscriptionMail.KINDS) {
            MailMessage message = render(kind, Map.of("trialEnd", "2030-01-15T10:00:00Z", "amountDue", "2000", "fixUrl", FIX));

            assertTrue(message.html().startsWith("<!DOCTYPE html>"), kind + ": " + message.html());
            assertTrue(message.text().startsWith(message.subject() + "\n"), kind + ": " + message.text());
            assertTrue(message.text().contains("Plan:   Tea club"), kind + ": " + message.text());
        }
    }
}
