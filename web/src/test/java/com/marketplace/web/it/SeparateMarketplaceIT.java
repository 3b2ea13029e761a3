package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.TestMariaDb;
import com.marketplace.web.it.support.MailServer;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.stripe.model.PaymentIntent;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A second marketplace with a database and a Stripe sandbox of its own, configured in the two ways
 * the shared one must not be: Standard accounts ({@code SELLER_ACCOUNT_TYPE=standard}; the shared
 * one registers Express sellers, so the suite runs both types) and no SMTP server (bin/run's
 * default: messages kept in the local mailbox; the shared one mails {@code MailServer}). Everything
 * goes through this marketplace's API and its sandbox's helpers, nothing through SQL.
 *
 * <p>One process for both cases: a Payara start costs 20-45 s. They are one class, not one process
 * shared across classes, so that the process stops with its last case: idle, it still costs a
 * tenth of a core (its background loops), which every later test would pay.
 */
class SeparateMarketplaceIT {

    private static final String DATABASE = TestMariaDb.testDatabase() + "_separate";

    private static MarketplaceProcess process;
    private static ApiClient api;
    private static SandboxStripe stripe;

    @BeforeAll
    static void aMarketplaceOfStandardAccountsWithoutSmtp() throws Exception {
        TestMariaDb.recreate(DATABASE);
        Map<String, String> configuration = new HashMap<>(RunningMarketplace.testConfiguration(TestMariaDb.jdbcUrl(DATABASE)));
        configuration.put("SELLER_ACCOUNT_TYPE", "standard");
        List.of("SMTP_HOST", "SMTP_PORT", "SMTP_STARTTLS", "MAIL_FROM").forEach(configuration::remove);
        process = MarketplaceProcess.start("separate-standard-no-smtp", configuration);
        process.awaitHealthy();
        api = new ApiClient(process.baseUri());
        stripe = new SandboxStripe(process.baseUri());
    }

    @AfterAll
    static void stop() throws Exception {
        if (process != null) {
            process.close();
        }
        TestMariaDb.drop(DATABASE);
    }

    /**
     * A seller registers and gets a Standard account, onboards on the hosted page, sells with Direct
     * charges on their own account, refunds from it, sees their balance move, and a payout of it is paid.
     */
    @Nested
    class StandardAccounts {

        private static final Duration PATIENCE = Duration.ofSeconds(30);
        private static final long DAY = 86_400;

        @Test
        void aStandardSellerOnboardsSellsRefundsAndIsPaidOut() throws Exception {
            Registered seller = register();
            assertEquals("standard", stripe.client().v1().accounts().retrieve(seller.stripeAccountId()).getType());

            onboardOnTheHostedPage(seller);

            long product = createProduct(seller, 5_000);
            JsonObject kept = buy(product, seller);
            JsonObject refunded = buy(product, seller);
            long keptNet = kept.getJsonNumber("amountTotal").longValue() - kept.getJsonNumber("applicationFeeAmount").longValue();
            long refundedNet = refunded.getJsonNumber("amountTotal").longValue() - refunded.getJsonNumber("applicationFeeAmount").longValue();
            awaitBalance(seller, balance -> amount(balance, "available") == keptNet + refundedNet);

            // A whole refund from the seller's own account, the platform's fee given back with it.
            Reply refund = api.request("POST", "/api/orders/" + refunded.getJsonNumber("id").longValue() + "/refund", "{}",
                    "Authorization", seller.authorization());
            assertEquals(200, refund.status(), refund.body());
            PaymentIntent intent = stripe.client().v1().paymentIntents().retrieve(refunded.getString("paymentIntentId"),
                    SandboxStripe.onAccount(seller.stripeAccountId()));
            assertEquals(5_000, stripe.client().v1().charges().retrieve(intent.getLatestCharge(), SandboxStripe.onAccount(seller.stripeAccountId()))
                    .getAmountRefunded(), "refunded on the seller's account");
            awaitBalance(seller, balance -> amount(balance, "available") == keptNet);

            String payout = onlyPayout(helper("accounts/" + seller.stripeAccountId() + "/payouts/run"));
            helper("clock/advance", "seconds", String.valueOf(DAY + 60));
            try {
                JsonObject paid = awaitPayout(seller, payout, "paid");
                assertEquals(keptNet, paid.getJsonNumber("amount").longValue(), paid.toString());
                awaitBalance(seller, balance -> amount(balance, "available") == 0);
            } finally {
                helper("clock/advance", "seconds", String.valueOf(-(DAY + 60)));
            }
        }

        private static Registered register() {
            String email = "standard-" + UUID.randomUUID() + "@sellers.test";
            String password = "correct horse battery " + UUID.randomUUID();
            Reply registered = api.post("/api/sellers", "{\"email\":\"" + email + "\",\"password\":\"" + password
                    + "\",\"displayName\":\"Standard atelier\",\"country\":\"FR\",\"defaultCurrency\":\"eur\",\"chargeType\":\"DIRECT\"}");
            assertEquals(201, registered.status(), registered.body());
            assertEquals("STANDARD", registered.json().getString("accountType"), registered.body());
            return new Registered(registered.json().getJsonNumber("id").longValue(), email, password,
                    registered.json().getString("stripeAccountId"));
        }

        private static void onboardOnTheHostedPage(Registered seller) throws InterruptedException {
            Reply link = api.request("POST", "/api/sellers/" + seller.id() + "/onboarding-link", null, "Authorization", seller.authorization());
            assertEquals(200, link.status(), link.body());
            String url = link.json().getString("url");
            assertEquals(200, stripe.get(url).status(), "the hosted onboarding page opens");
            SandboxStripe.Raw submitted = stripe.postForm(url, "outcome", "complete", "business_name", "Standard atelier",
                    "business_type", "individual");
            assertEquals(303, submitted.status(), submitted.body());
            awaitSeller(seller, json -> "ACTIVE".equals(json.getJsonObject("onboarding").getString("status")));
        }

        private static long createProduct(Registered seller, long price) {
            Reply product = api.request("POST", "/api/sellers/" + seller.id() + "/products", "{\"name\":\"Bowl\",\"description\":\"Stoneware\","
                    + "\"priceAmount\":" + price + ",\"currency\":\"eur\",\"stock\":5,\"active\":true}", "Authorization", seller.authorization());
            assertEquals(201, product.status(), product.body());
            return product.json().getJsonNumber("id").longValue();
        }

        /** A buyer's checkout paid with the test card; the paid order as its seller sees it. */
        private static JsonObject buy(long product, Registered seller) throws InterruptedException {
            Reply checkout = api.post("/api/checkout", "{\"productId\":" + product + ",\"quantity\":1}");
            assertEquals(201, checkout.status(), checkout.body());
            assertEquals(200, stripe.helper("checkout/sessions/" + checkout.json().getString("sessionId") + "/pay",
                    "card", "4242424242424242", "email", "buyer-" + UUID.randomUUID() + "@buyers.test").status());
            long orderId = checkout.json().getJsonNumber("orderId").longValue();
            JsonObject order = await("order " + orderId + " paid", () -> api.get("/api/orders/" + orderId, "Authorization", seller.authorization()),
                    json -> "PAID".equals(json.getString("status")));
            assertEquals("DIRECT", order.getString("chargeType"));
            assertEquals(seller.stripeAccountId(), order.getString("stripeAccountId"), "charged on the seller's own account");
            return order;
        }

        private static JsonObject awaitSeller(Registered seller, Predicate<JsonObject> expected) throws InterruptedException {
            return await("seller " + seller.id(), () -> api.get("/api/sellers/" + seller.id(), "Authorization", seller.authorization()), expected);
        }

        private static JsonObject awaitBalance(Registered seller, Predicate<JsonObject> expected) throws InterruptedException {
            return await("the balance", () -> api.get("/api/sellers/" + seller.id() + "/balance", "Authorization", seller.authorization()),
                    expected);
        }

        private static JsonObject awaitPayout(Registered seller, String payoutId, String status) throws InterruptedException {
            JsonObject payouts = await("payout " + payoutId + " " + status,
                    () -> api.get("/api/sellers/" + seller.id() + "/payouts", "Authorization", seller.authorization()),
                    json -> json.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                            .anyMatch(payout -> payout.getString("id").equals(payoutId) && payout.getString("status").equals(status)));
            return payouts.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                    .filter(payout -> payout.getString("id").equals(payoutId)).findFirst().orElseThrow();
        }

        private static JsonObject await(String what, java.util.function.Supplier<Reply> read, Predicate<JsonObject> expected)
                throws InterruptedException {
            Instant deadline = Instant.now().plus(PATIENCE);
            String last = "";
            while (Instant.now().isBefore(deadline)) {
                Reply reply = read.get();
                last = reply.status() + " " + reply.body();
                if (reply.status() == 200 && expected.test(reply.json())) {
                    return reply.json();
                }
                Thread.sleep(200);
            }
            throw new AssertionError(what + " never as expected; last: " + last);
        }

        private static SandboxStripe.Raw helper(String path, String... keysAndValues) {
            SandboxStripe.Raw raw = stripe.helper(path, keysAndValues);
            assertEquals(200, raw.status(), path + ": " + raw.body());
            return raw;
        }

        private static String onlyPayout(SandboxStripe.Raw run) {
            jakarta.json.JsonValue body = jakarta.json.Json.createReader(new java.io.StringReader(run.body())).readValue();
            JsonArray payouts = body.getValueType() == jakarta.json.JsonValue.ValueType.ARRAY ? body.asJsonArray()
                    : body.asJsonObject().getJsonArray("data");
            assertEquals(1, payouts.size(), run.body());
            assertTrue(payouts.getJsonObject(0).getString("id").startsWith("po_"), run.body());
            return payouts.getJsonObject(0).getString("id");
        }

        private static long amount(JsonObject balance, String side) {
            return balance.getJsonArray(side).getValuesAs(JsonObject.class).stream().filter(amount -> "eur".equals(amount.getString("currency")))
                    .mapToLong(amount -> amount.getJsonNumber("amount").longValue()).sum();
        }
    }

    /**
     * With no SMTP server configured, a message is kept in the local mailbox and the admin reads it
     * at {@code /admin/mailbox}. On the shared database this process's worker would take the shared
     * marketplace's messages: hence a database of its own.
     */
    @Nested
    class LocalMailbox {

        private static final Duration PATIENCE = Duration.ofSeconds(60);

        @Test
        void aBuyersReceiptIsKeptInTheAdminsMailboxAndShownAsText() throws Exception {
            String buyer = "buyer-" + UUID.randomUUID() + "@buyers.test";
            long orderId = paidOrder(buyer);

            PageClient admin = new PageClient(process.baseUri());
            admin.signIn(RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD);
            Page mailbox = awaitReceipt(admin, orderId);
            assertTrue(mailbox.body().contains("href=\"/admin/mailbox\">Mailbox</a>"), "linked from the admin's navigation");
            assertTrue(mailbox.body().contains("the local mailbox"), mailbox.body());

            Matcher link = Pattern.compile("<a href=\"(/admin/mailbox/\\d+)\">Your receipt for order " + orderId + " ").matcher(mailbox.body());
            assertTrue(link.find(), mailbox.body());
            Page message = admin.get(link.group(1));
            assertEquals(200, message.status(), message.body());
            assertTrue(message.body().contains(buyer), message.body());
            assertTrue(message.body().contains("Total:   €30.00"), "the text part: " + message.body());
            assertTrue(message.body().contains("&lt;!DOCTYPE html&gt;"), "the HTML part shown as its source: " + message.body());
            assertTrue(message.body().contains("replies are not read.&lt;/p&gt;"), message.body());
            assertFalse(message.body().contains("replies are not read.</p>"), "the message's own markup is never part of the page");
            assertTrue(message.header("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
            assertEquals(List.of(), MailServer.messagesTo(buyer), "nothing went to an SMTP server");
        }

        private static Page awaitReceipt(PageClient admin, long orderId) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            Page page = admin.get("/admin/mailbox");
            while (!page.body().contains("Your receipt for order " + orderId + " ") && System.nanoTime() < deadline) {
                Thread.sleep(200);
                page = admin.get("/admin/mailbox");
            }
            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("Your receipt for order " + orderId + " "), "the receipt is in the mailbox: " + page.body());
            return page;
        }

        // The whole purchase through this marketplace's API and its own sandbox's helpers: a Standard
        // seller, so Direct charges (the mailbox does not care which).
        private static long paidOrder(String buyer) throws Exception {
            String email = "seller-" + UUID.randomUUID() + "@sellers.test";
            String password = "correct horse battery " + UUID.randomUUID();
            Reply registered = api.post("/api/sellers", "{\"email\":\"" + email + "\",\"password\":\"" + password
                    + "\",\"displayName\":\"Mailbox atelier\",\"country\":\"FR\",\"defaultCurrency\":\"eur\",\"chargeType\":\"DIRECT\"}");
            assertEquals(201, registered.status(), registered.body());
            Registered seller = new Registered(registered.json().getJsonNumber("id").longValue(), email, password,
                    registered.json().getString("stripeAccountId"));
            assertEquals(200, stripe.helper("accounts/" + seller.stripeAccountId() + "/onboard", "outcome", "complete").status());
            awaitActive(seller);

            Reply product = api.request("POST", "/api/sellers/" + seller.id() + "/products", "{\"name\":\"Jug\",\"description\":\"Stoneware\","
                    + "\"priceAmount\":1500,\"currency\":\"eur\",\"stock\":3,\"active\":true}", "Authorization", seller.authorization());
            assertEquals(201, product.status(), product.body());
            Reply checkout = api.post("/api/checkout", "{\"productId\":" + product.json().getJsonNumber("id").longValue() + ",\"quantity\":2}");
            assertEquals(201, checkout.status(), checkout.body());
            SandboxStripe.Raw paid = stripe.helper("checkout/sessions/" + checkout.json().getString("sessionId") + "/pay",
                    "card", "4242424242424242", "email", buyer);
            assertEquals(200, paid.status(), paid.body());
            return checkout.json().getJsonNumber("orderId").longValue();
        }

        private static void awaitActive(Registered seller) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                Reply reply = api.get("/api/sellers/" + seller.id(), "Authorization", seller.authorization());
                if (reply.status() == 200 && "ACTIVE".equals(reply.json().getJsonObject("onboarding").getString("status"))) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("seller " + seller.id() + " never became ACTIVE");
        }
    }
}
