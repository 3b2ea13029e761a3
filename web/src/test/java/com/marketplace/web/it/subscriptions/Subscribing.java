package com.marketplace.web.it.subscriptions;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.Buyers;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceItem;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Subscription;
import com.stripe.model.testhelpers.TestClock;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceItemListParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.InvoiceRetrieveParams;
import com.stripe.param.testhelpers.TestClockAdvanceParams;
import com.stripe.param.testhelpers.TestClockCreateParams;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The subscription ITs' moves: a seller's plan, a buyer whose Stripe Customer lives in a test
 * clock (arranged by the test: Stripe puts a customer in a clock only when it is created with
 * one), subscribing over the API and paying on the sandbox, the clock moved, and the mail rows the
 * platform wrote (the outbox; the templates are not what these tests check).
 */
final class Subscribing {

    static final long DAY = 24 * 3600;
    static final Duration PATIENCE = Duration.ofSeconds(40);

    private Subscribing() {
    }

    /** A buyer subscribing to a seller, their Customer on the seller's subscriptions' account inside a fresh test clock. */
    record Subscriber(Buyers.Buyer buyer, Registered seller, boolean direct, TestClock clock, String customerId) {

        RequestOptions on() {
            return direct ? SandboxStripe.onAccount(seller.stripeAccountId()) : RequestOptions.getDefault();
        }
    }

    static StripeClient stripe() {
        return Shop.stripe().client();
    }

    static JsonObject plan(Registered seller, String name, long amount, int trialDays) {
        Reply reply = Sellers.post(seller, "/api/sellers/" + seller.id() + "/plans", "{\"name\":\"" + name
                + "\",\"description\":\"Classes\",\"amount\":" + amount + ",\"currency\":\"eur\",\"interval\":\"month\",\"trialDays\":"
                + trialDays + "}");
        if (reply.status() != 201) {
            throw new AssertionError("plan refused: HTTP " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    /** A signed-up buyer whose Customer on the seller's account is created in a new test clock and recorded as theirs. */
    static Subscriber subscriber(Registered seller, boolean direct) throws StripeException, SQLException {
        Buyers.Buyer buyer = Buyers.signUp();
        RequestOptions on = direct ? SandboxStripe.onAccount(seller.stripeAccountId()) : RequestOptions.getDefault();
        TestClock clock = stripe().v1().testHelpers().testClocks().create(TestClockCreateParams.builder()
                .setFrozenTime(Instant.now().getEpochSecond()).setName("subscriptions-it").build(), on);
        Customer customer = stripe().v1().customers().create(CustomerCreateParams.builder().setEmail(buyer.email())
                .setTestClock(clock.getId()).build(), on);
        Shop.execute("INSERT INTO buyer_customers (buyer_id, stripe_account_id, stripe_customer_id, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))",
                buyer.id(), direct ? seller.stripeAccountId() : "platform", customer.getId());
        return new Subscriber(buyer, seller, direct, clock, customer.getId());
    }

    static Reply subscribe(Buyers.Buyer buyer, long planId) {
        return RunningMarketplace.api().request("POST", "/api/subscriptions", "{\"planId\":" + planId + "}",
                "Authorization", buyer.authorization());
    }

    /** Subscribes and pays the session on the sandbox with the card; answers the subscription's id. */
    static long subscribeAndPay(Subscriber subscriber, long planId, String card) {
        Reply started = subscribe(subscriber.buyer(), planId);
        if (started.status() != 201) {
            throw new AssertionError("subscribe refused: HTTP " + started.status() + " " + started.body());
        }
        SandboxStripe.Raw paid = Shop.stripe().helper("checkout/sessions/" + started.json().getString("sessionId") + "/pay", "card", card);
        if (paid.status() != 200) {
            throw new AssertionError("paying the session failed: HTTP " + paid.status() + " " + paid.body());
        }
        return started.json().getJsonNumber("subscriptionId").longValue();
    }

    static Reply get(Buyers.Buyer buyer, long subscriptionId) {
        return RunningMarketplace.api().get("/api/subscriptions/" + subscriptionId, "Authorization", buyer.authorization());
    }

    static Reply post(Buyers.Buyer buyer, String path, String json) {
        return RunningMarketplace.api().request("POST", path, json, "Authorization", buyer.authorization());
    }

    /** Waits until the subscription, as its buyer reads it, satisfies {@code condition}. */
    static JsonObject await(Buyers.Buyer buyer, long subscriptionId, String what, Predicate<JsonObject> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            Reply reply = get(buyer, subscriptionId);
            last = reply.body();
            if (reply.status() == 200 && condition.test(reply.json())) {
                return reply.json();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("subscription " + subscriptionId + " never became " + what + "; last: " + last);
    }

    static JsonObject awaitStatus(Buyers.Buyer buyer, long subscriptionId, String status) throws InterruptedException {
        return await(buyer, subscriptionId, status, json -> status.equals(json.getString("status")));
    }

    static TestClock advance(Subscriber subscriber, long toEpochSecond) throws StripeException {
        return stripe().v1().testHelpers().testClocks().advance(subscriber.clock().getId(),
                TestClockAdvanceParams.builder().setFrozenTime(toEpochSecond).build(), subscriber.on());
    }

    static Subscription stripeSubscription(Subscriber subscriber) throws StripeException {
        return stripe().v1().subscriptions().list(com.stripe.param.SubscriptionListParams.builder().setCustomer(subscriber.customerId())
                .setStatus(com.stripe.param.SubscriptionListParams.Status.ALL).build(), subscriber.on()).getData().get(0);
    }

    static long periodStart(Subscription subscription) {
        return subscription.getItems().getData().get(0).getCurrentPeriodStart();
    }

    static long periodEnd(Subscription subscription) {
        return subscription.getItems().getData().get(0).getCurrentPeriodEnd();
    }

    /** The subscription's invoices, oldest first. */
    static List<Invoice> invoices(Subscriber subscriber, String stripeSubscriptionId) throws StripeException {
        List<Invoice> invoices = new ArrayList<>(stripe().v1().invoices().list(InvoiceListParams.builder()
                .setSubscription(stripeSubscriptionId).setLimit(100L).build(), subscriber.on()).getData());
        Collections.reverse(invoices);
        return invoices;
    }

    static List<Long> pendingInvoiceItems(Subscriber subscriber) throws StripeException {
        return stripe().v1().invoiceItems().list(InvoiceItemListParams.builder().setCustomer(subscriber.customerId()).setPending(true)
                .build(), subscriber.on()).getData().stream().map(InvoiceItem::getAmount).toList();
    }

    static PaymentIntent paymentIntentOf(Subscriber subscriber, Invoice invoice) throws StripeException {
        Invoice expanded = stripe().v1().invoices().retrieve(invoice.getId(), InvoiceRetrieveParams.builder().addExpand("payments").build(),
                subscriber.on());
        return stripe().v1().paymentIntents().retrieve(expanded.getPayments().getData().get(0).getPayment().getPaymentIntent(),
                subscriber.on());
    }

    /** Stripe's rule for one proration item: amount × (period end − proration date) / (period length), to the nearest minor unit. */
    static long prorated(long amount, long remaining, long length) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(remaining)).divide(BigDecimal.valueOf(length), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    static long percentOf(long amount, int basisPoints) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(basisPoints)).divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The data of the outbox row of this kind and subject, once written. */
    static JsonObject awaitMail(String kind, String subject) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> data = mailData(kind, subject);
            if (data.isPresent()) {
                try (JsonReader reader = Json.createReader(new StringReader(data.get()))) {
                    return reader.readObject();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + kind + " mail for " + subject + " within " + PATIENCE);
    }

    static Optional<String> mailData(String kind, String subject) throws SQLException {
        return InboxRows.single("SELECT data FROM notifications WHERE kind = ? AND subject_id = ?", kind, subject);
    }

    static String mailRecipient(String kind, String subject) throws SQLException {
        return InboxRows.single("SELECT recipient FROM notifications WHERE kind = ? AND subject_id = ?", kind, subject).orElseThrow();
    }

    static int mails(String kind, String subjectPrefix) throws SQLException {
        return InboxRows.count("SELECT COUNT(*) FROM notifications WHERE kind = ? AND subject_id LIKE ?", kind, subjectPrefix + "%");
    }

    /**
     * Waits until every delivered event has been handled and no more arrive for a while: what the
     * sandbox still had to send (copies, a shuffled release) has been through the handlers.
     */
    static void awaitWebhooksQuiet() throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        int lastTotal = -1;
        int quietRounds = 0;
        while (Instant.now().isBefore(deadline)) {
            int total = InboxRows.count("SELECT COUNT(*) + COALESCE(SUM(duplicates), 0) FROM webhook_events");
            int busy = InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE status IN ('received', 'processing')");
            quietRounds = total == lastTotal && busy == 0 ? quietRounds + 1 : 0;
            if (quietRounds >= 8) {
                return;
            }
            lastTotal = total;
            Thread.sleep(250);
        }
        throw new AssertionError("webhook deliveries did not settle within " + PATIENCE);
    }

    /** Events of the subscriptions' types that a handler failed on. */
    static int failedSubscriptionEvents() throws SQLException {
        return InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE status IN ('failed', 'dead') AND (event_type LIKE 'customer.subscription.%'"
                + " OR event_type LIKE 'invoice.%' OR event_type LIKE 'checkout.session.%')");
    }

    static Reply access(Registered seller, String email) {
        return RunningMarketplace.api().get("/api/sellers/" + seller.id() + "/subscribers/access?email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8), "Authorization", seller.authorization());
    }
}
