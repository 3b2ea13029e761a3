package com.marketplace.web.it.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.ChargeActions;
import com.marketplace.web.it.support.MailServer;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.net.RequestOptions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The messages of an order, read where they arrive: a real SMTP server (GreenMail, {@link MailServer})
 * that the shared marketplace mails. Each purchase is made by its own buyer address, so the tests
 * count exactly the messages they caused.
 */
@ExtendWith(RunningMarketplace.class)
class OrderMailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static Registered seller;

    @BeforeAll
    static void aDestinationSeller() throws Exception {
        seller = Shop.activeSeller("DESTINATION");
    }

    private static String newBuyer() {
        return "buyer-" + UUID.randomUUID() + "@buyers.test";
    }

    private static void payAs(Started checkout, String buyer) {
        SandboxStripe.Raw paid = Shop.stripe().helper("checkout/sessions/" + checkout.sessionId() + "/pay", "card", "4242424242424242",
                "email", buyer);
        assertEquals(200, paid.status(), paid.body());
    }

    @Test
    void aPaidOrderMailsTheBuyerAndTheSellerOnceEachThoughItIsConfirmedFiveTimesAtOnce() throws Exception {
        String buyer = newBuyer();
        long product = Shop.product(seller, 2500, "eur", 5);
        Started checkout = Shop.checkout(product, 2);
        payAs(checkout, buyer);

        // The sandbox's own delivery of checkout.session.completed, two more deliveries of it (as new
        // events), the return page and the API's confirmation, all at once.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> confirmations = new ArrayList<>();
        confirmations.add(pool.submit(() -> completionEvent(checkout.sessionId())));
        confirmations.add(pool.submit(() -> completionEvent(checkout.sessionId())));
        confirmations.add(pool.submit(() -> PageClient.forMarketplace().get("/checkout/success?session_id=" + checkout.sessionId())));
        confirmations.add(pool.submit(() -> RunningMarketplace.api().get("/api/checkout/confirm?session_id=" + checkout.sessionId())));
        for (Future<?> confirmation : confirmations) {
            confirmation.get();
        }
        pool.shutdown();
        Shop.awaitStatus(checkout.orderId(), "PAID");

        String name = productName(checkout.orderId());
        MimeMessage receipt = MailServer.awaitMessage(buyer, "Your receipt for order " + checkout.orderId() + " (" + name + ")", PATIENCE);
        MimeMessage newOrder = MailServer.awaitMessage(seller.email(), "New paid order " + checkout.orderId() + ": " + name, PATIENCE);
        Thread.sleep(3_000);
        assertEquals(1, MailServer.messagesTo(buyer).size(), "one receipt");
        assertEquals(1, MailServer.messagesTo(seller.email(), newOrder.getSubject()).size(), "one new-order message to the seller");

        Parts parts = parts(receipt);
        assertTrue(parts.text().contains("€50.00"), parts.text());
        assertTrue(parts.text().matches("(?s).*http://[^/\\s]+/products/" + product + "\\s.*"), "an absolute link: " + parts.text());
        assertTrue(parts(newOrder).text().contains("The platform fee on it is"), parts(newOrder).text());
        assertTrue(parts.html().contains("€50.00"), parts.html());
        assertEquals(MailServer.MAIL_FROM.replaceAll(".*<|>", ""), receipt.getFrom()[0].toString().replaceAll(".*<|>", ""));
        assertNoSecretIn(receipt);

        JsonArray listed = admin("/api/admin/notifications?limit=500").json().getJsonArray("data");
        List<JsonObject> ofOrder = listed.stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("subjectId").equals("order_" + checkout.orderId())).toList();
        assertEquals(List.of("seller_new_order SENT", "order_receipt SENT"),
                ofOrder.stream().map(row -> row.getString("kind") + " " + row.getString("status")).toList());
    }

    @Test
    void aRefundMailsTheSellerAndTheBuyer() throws Exception {
        String buyer = newBuyer();
        long product = Shop.product(seller, 1800, "eur", 5);
        Started checkout = Shop.checkout(product, 1);
        payAs(checkout, buyer);
        Shop.awaitStatus(checkout.orderId(), "PAID");
        Reply refunded = RunningMarketplace.api().request("POST", "/api/orders/" + checkout.orderId() + "/refund", "{\"amount\":500}",
                "Authorization", seller.authorization());
        assertEquals(200, refunded.status(), refunded.body());

        MimeMessage sellerRefund = MailServer.awaitMessage(seller.email(), "Refund issued on order " + checkout.orderId(), PATIENCE);
        assertTrue(parts(sellerRefund).text().contains("A refund of €5.00 was issued"), parts(sellerRefund).text());
        MimeMessage buyerRefund = MailServer.awaitMessage(buyer, "Your refund for order " + checkout.orderId(), PATIENCE);
        assertTrue(parts(buyerRefund).text().contains("We have refunded €5.00"), parts(buyerRefund).text());
        assertNoSecretIn(sellerRefund);
        assertNoSecretIn(buyerRefund);
    }

    @Test
    void aDisputeMailsTheSellerItsEvidenceDeadline() throws Exception {
        String buyer = newBuyer();
        long product = Shop.product(seller, 1200, "eur", 5);
        Started checkout = Shop.checkout(product, 1);
        payAs(checkout, buyer);
        Shop.awaitStatus(checkout.orderId(), "PAID");

        ChargeActions.openDispute(ChargeActions.paymentOf(checkout, RequestOptions.getDefault()));

        MimeMessage opened = MailServer.awaitMessage(seller.email(), "Order " + checkout.orderId() + " is disputed: respond before the deadline",
                PATIENCE);
        assertTrue(parts(opened).text().contains("Submit your evidence before "), parts(opened).text());
        assertTrue(parts(opened).text().matches("(?s).*before \\d{1,2} \\w+ \\d{4}, \\d\\d:\\d\\d UTC.*"), parts(opened).text());
    }

    @Test
    void aDelayedPaymentThatFailsTellsTheBuyer() throws Exception {
        String buyer = newBuyer();
        long product = Shop.product(seller, 700, "eur", 5);
        Started checkout = Shop.checkout(product, 1);
        SandboxStripe.Raw debited = Shop.stripe().helper("checkout/sessions/" + checkout.sessionId() + "/pay", "method", "bank_debit",
                "email", buyer);
        assertEquals(200, debited.status(), debited.body());
        Shop.awaitStatus(checkout.orderId(), "AWAITING_PAYMENT");

        Shop.settle(paymentIntentOf(debited), false);
        Shop.awaitStatus(checkout.orderId(), "PAYMENT_FAILED");

        MimeMessage failed = MailServer.awaitMessage(buyer, "Your payment for order " + checkout.orderId() + " did not go through", PATIENCE);
        assertTrue(parts(failed).text().contains("/products/" + product), parts(failed).text());
        assertEquals(1, MailServer.messagesTo(buyer).size(), "no receipt for an order that was never paid");
    }

    private static String paymentIntentOf(SandboxStripe.Raw paid) {
        try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(paid.body()))) {
            return reader.readObject().getJsonObject("session").getString("payment_intent");
        }
    }

    @Test
    void anAdminResendsADeadMessageAndOnlyADeadOne() throws Exception {
        String buyer = newBuyer();
        long product = Shop.product(seller, 800, "eur", 5);
        Started checkout = Shop.checkout(product, 1);
        payAs(checkout, buyer);
        MailServer.awaitMessagesTo(buyer, 1, PATIENCE);
        long id = Shop.longValue("SELECT id FROM notifications WHERE kind = 'order_receipt' AND subject_id = ?", "order_" + checkout.orderId());

        Reply refused = adminPost("/api/admin/notifications/" + id + "/resend");
        assertEquals(409, refused.status(), refused.body());
        assertEquals("conflict", refused.json().getString("error"));

        // As if every attempt had failed.
        Shop.execute("UPDATE notifications SET status = 'DEAD', last_error = 'the server refused it' WHERE id = ?", id);
        assertEquals("DEAD", admin("/api/admin/notifications?status=dead&limit=500").json().getJsonArray("data").stream()
                .map(JsonObject.class::cast).filter(row -> row.getJsonNumber("id").longValue() == id).findFirst().orElseThrow()
                .getString("status"));
        Reply resent = adminPost("/api/admin/notifications/" + id + "/resend");

        assertEquals(202, resent.status(), resent.body());
        assertEquals("PENDING", resent.json().getString("status"));
        assertEquals(0, resent.json().getInt("attempts"));
        MailServer.awaitMessagesTo(buyer, 2, PATIENCE);
    }

    private static Reply adminPost(String path) {
        return RunningMarketplace.api().request("POST", path, null, "Authorization", RunningMarketplace.adminAuthorization());
    }

    @Test
    void messagesWrittenWhileTheMailServerIsDownAreSentOnceItIsBack() throws Exception {
        String buyer = newBuyer();
        long product = Shop.product(seller, 900, "eur", 5);
        Started checkout = Shop.checkout(product, 1);
        MailServer.cut();
        try {
            payAs(checkout, buyer);
            Shop.awaitStatus(checkout.orderId(), "PAID");
            awaitFailedAttempt("order_" + checkout.orderId());
            assertEquals(0, MailServer.messagesTo(buyer).size());
        } finally {
            MailServer.restore();
        }

        MimeMessage receipt = MailServer.awaitMessagesTo(buyer, 1, PATIENCE).get(0);
        assertEquals("Your receipt for order " + checkout.orderId() + " (" + productName(checkout.orderId()) + ")", receipt.getSubject());
        Thread.sleep(2_000);
        assertEquals(1, MailServer.messagesTo(buyer).size(), "sent once, however many attempts it took");
    }

    private static void awaitFailedAttempt(String subjectId) throws InterruptedException, java.sql.SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Shop.longValue("SELECT COUNT(*) FROM notifications WHERE subject_id = ? AND kind = 'order_receipt' AND status = 'PENDING'"
                    + " AND attempts >= 1 AND last_error IS NOT NULL", subjectId) == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the receipt of " + subjectId + " was never tried while the mail server was down");
    }

    private static String productName(long orderId) {
        return Shop.order(orderId).getString("productName");
    }

    private static Reply admin(String path) {
        return RunningMarketplace.api().get(path, "Authorization", RunningMarketplace.adminAuthorization());
    }

    /** A signed checkout.session.completed with an event id of its own: a duplicate the inbox cannot tell from a new event. */
    private static Reply completionEvent(String sessionId) {
        JsonObject session = Json.createObjectBuilder(SignedEvents.fixture("checkout.session")).add("id", sessionId).build();
        String payload = SignedEvents.event("evt_mail_" + UUID.randomUUID().toString().replace("-", ""), "checkout.session.completed",
                "checkout.session", null, Instant.now().getEpochSecond(), session);
        return RunningMarketplace.api().post("/webhooks/stripe", payload, "Stripe-Signature", SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET));
    }

    private record Parts(String text, String html) {
    }

    private static Parts parts(MimeMessage message) throws Exception {
        MimeMultipart alternatives = (MimeMultipart) message.getContent();
        assertEquals(2, alternatives.getCount(), "a text part and an HTML part");
        BodyPart text = alternatives.getBodyPart(0);
        BodyPart html = alternatives.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        return new Parts((String) text.getContent(), (String) html.getContent());
    }

    private static void assertNoSecretIn(MimeMessage message) throws Exception {
        Parts parts = parts(message);
        for (String body : List.of(parts.text(), parts.html(), message.getSubject())) {
            assertFalse(body.matches("(?s).*\\b(sk|rk)_(test|live)_.*"), "no Stripe key: " + body);
            assertFalse(body.contains("whsec_"), "no signing secret: " + body);
            assertFalse(body.contains(SandboxStripe.API_KEY), body);
            assertFalse(body.contains("4242424242424242") || body.contains("4242 4242"), "no card number: " + body);
            assertFalse(body.contains(RunningMarketplace.ADMIN_PASSWORD), body);
        }
    }
}
