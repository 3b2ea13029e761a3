package com.marketplace.web.it.pages.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's pages through a cookie-keeping client: who may see them, the fee schedule's forms and
 * history, the overview's daily figures, sellers' charge types, orders (disputes flagged, refunds)
 * and the webhook inbox's dead events and replay. Fee changes use czk and hkd, which no other test
 * class sets, so they hold on the shared database.
 */
@ExtendWith(RunningMarketplace.class)
class AdminPagesIT {

    private static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/fees", "/admin/sellers", "/admin/orders", "/admin/webhooks", "/admin/mailbox");
    private static final String DEFAULT_CURRENCY = "czk";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static Registered activeSeller;

    @BeforeAll
    static void seller() throws Exception {
        activeSeller = Shop.activeSeller("DIRECT");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFromTheFeesPage() {
        Page page = PageClient.forMarketplace().get("/admin/fees");

        assertEquals(302, page.status(), page.body());
        assertTrue(page.location().endsWith("/login?next=%2Fadmin%2Ffees"), page.location());
    }

    @Test
    void aSignedInSellerIsRefusedEveryAdminPageAndCannotChangeTheDefaultFee() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        PageClient client = PageClient.forMarketplace();
        assertEquals(303, client.signIn(seller.email(), seller.password()).status());
        JsonObject before = defaultFee(DEFAULT_CURRENCY);
        int changesBefore = feeChanges(DEFAULT_CURRENCY);

        for (String path : ADMIN_PAGES) {
            Page page = client.get(path);
            assertEquals(403, page.status(), path + ": " + page.body());
            assertTrue(page.body().contains("Only an admin may see this page."), path);
        }
        Page post = client.post("/admin/fees", "fee-currency", DEFAULT_CURRENCY, "fee-percent", "1", "fee-fixed", "0");

        assertEquals(403, post.status(), post.body());
        assertEquals(before, defaultFee(DEFAULT_CURRENCY));
        assertEquals(changesBefore, feeChanges(DEFAULT_CURRENCY));
    }

    @Test
    void theAdminChangesADefaultFeeThroughTheFormAndTheHistoryNamesThem() throws Exception {
        PageClient admin = admin();
        JsonObject previous = defaultFee(DEFAULT_CURRENCY);
        int basisPoints = previous.getInt("basisPoints") == 275 ? 290 : 275;
        try {
            admin.get("/admin/fees");
            Page saved = admin.post("/admin/fees", "fee-currency", DEFAULT_CURRENCY, "fee-percent", percent(basisPoints), "fee-fixed", "1.50");

            assertEquals(303, saved.status(), saved.body());
            assertEquals("/admin/fees", saved.location());
            assertEquals(List.of(basisPoints, 150L), rate(defaultFee(DEFAULT_CURRENCY)));
            Page fees = admin.get("/admin/fees");
            assertTrue(fees.body().contains("id=\"flash\""), fees.body());
            String newest = firstRow(fees.body(), "fee-history");
            assertTrue(newest.contains(RunningMarketplace.ADMIN_EMAIL), newest);
            assertTrue(newest.contains("CZK default"), newest);
            assertTrue(newest.contains(percent(basisPoints) + " %"), newest);
            assertTrue(newest.contains(percent(previous.getInt("basisPoints")) + " %"), "the rate before: " + newest);
        } finally {
            admin.get("/admin/fees");
            admin.post("/admin/fees", "fee-currency", DEFAULT_CURRENCY, "fee-percent", percent(previous.getInt("basisPoints")),
                    "fee-fixed", java.math.BigDecimal.valueOf(previous.getJsonNumber("fixedAmount").longValue(), 2).toPlainString());
        }
    }

    @Test
    void anInvalidFeeIsA400PageNamingTheProblemAndChangesNothing() throws Exception {
        PageClient admin = admin();
        admin.get("/admin/fees");
        JsonObject before = defaultFee(DEFAULT_CURRENCY);
        int changesBefore = feeChanges(DEFAULT_CURRENCY);

        Page notANumber = admin.post("/admin/fees", "fee-currency", DEFAULT_CURRENCY, "fee-percent", "abc", "fee-fixed", "0");
        Page overAHundred = admin.post("/admin/fees", "fee-currency", DEFAULT_CURRENCY, "fee-percent", "101", "fee-fixed", "0");
        Page negativeFixed = admin.post("/admin/fees", "fee-currency", DEFAULT_CURRENCY, "fee-percent", "2", "fee-fixed", "-1");

        for (Page page : List.of(notANumber, overAHundred)) {
            assertEquals(400, page.status(), page.body());
            assertTrue(page.body().contains("Percentage must be a number from 0 to 100"), page.body());
        }
        assertEquals(400, negativeFixed.status(), negativeFixed.body());
        assertTrue(negativeFixed.body().contains("Fixed amount must be"), negativeFixed.body());
        assertEquals(before, defaultFee(DEFAULT_CURRENCY));
        assertEquals(changesBefore, feeChanges(DEFAULT_CURRENCY));
    }

    @Test
    void theAdminGivesASellerTheirOwnRateAndTakesItBack() {
        Registered seller = Sellers.register("DIRECT");
        PageClient admin = admin();
        admin.get("/admin/fees");

        Page set = admin.post("/admin/fees/sellers", "sellerId", String.valueOf(seller.id()), "currency", "hkd", "percent", "1.25",
                "fixed", "0.10");

        assertEquals(303, set.status(), set.body());
        assertEquals(List.of(125, 10L), rate(applicable(seller.id(), "hkd")));
        assertEquals("SELLER_OVERRIDE", applicable(seller.id(), "hkd").getString("source"));
        String row = row(admin.get("/admin/fees").body(), "data-seller-id=\"" + seller.id() + "\" data-currency=\"hkd\"");
        assertTrue(row.contains("1.25 %"), row);

        Page removed = admin.post("/admin/fees/sellers/remove", "sellerId", String.valueOf(seller.id()), "currency", "hkd");

        assertEquals(303, removed.status(), removed.body());
        assertEquals("DEFAULT", applicable(seller.id(), "hkd").getString("source"));
        assertFalse(admin.get("/admin/fees").body().contains("data-seller-id=\"" + seller.id() + "\""));
    }

    @Test
    void theOverviewCountsAPaidOrderInTodaysRowOfTheDailyFigures() throws Exception {
        PageClient admin = admin();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Page before = admin.get("/admin");
        long product = Shop.product(activeSeller, 4000, "eur", 5);
        Shop.Started checkout = Shop.checkout(product, 1);
        Shop.pay(checkout);
        Shop.awaitStatus(checkout.orderId(), "PAID");

        Page after = admin.get("/admin");

        assertEquals(200, after.status(), after.body());
        assertEquals(figure(before.body(), today, "gross") + 4000, figure(after.body(), today, "gross"));
        assertEquals(figure(before.body(), today, "orders") + 1, figure(after.body(), today, "orders"));
        assertTrue(figure(after.body(), today, "fees") > figure(before.body(), today, "fees"), "the default eur fee is not zero");
        assertTrue(after.body().contains("<svg class=\"chart\" id=\"chart-gross-eur\" role=\"img\""), after.body());
        assertTrue(after.body().contains("<svg class=\"chart\" id=\"chart-fees-eur\" role=\"img\""), after.body());
        assertTrue(after.body().contains("<rect class=\"bar-gross\"") && after.body().contains("<rect class=\"bar-fees\""));
        assertFalse(after.body().contains("style="), "the content security policy forbids style attributes");
        assertFalse(after.body().contains("<script"), "no script");
    }

    @Test
    void theAdminChangesASellersChargeTypeOnTheSellersPage() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        PageClient admin = admin();
        String row = sellerRow(admin, seller.id());
        assertTrue(row.contains("Direct"), row);

        Page changed = admin.post("/admin/sellers/" + seller.id() + "/charge-type", "chargeType", "DESTINATION");

        assertEquals(303, changed.status(), changed.body());
        assertEquals("DESTINATION", Sellers.get(seller).json().getString("chargeType"));
        Page sellers = admin.get(changed.location());
        assertTrue(sellers.body().contains("Seller " + seller.id() + " now uses destination charges"), sellers.body());
    }

    @Test
    void theAdminSwitchesAPendingSellerToStandardOnTheSellersPageAndIsRefusedForAnActiveOne() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        PageClient admin = admin();
        assertTrue(sellerRow(admin, seller.id()).contains("id=\"account-type-" + seller.id() + "\""), "the row offers the switch");

        Page switched = admin.post("/admin/sellers/" + seller.id() + "/account-type", "accountType", "standard");

        assertEquals(303, switched.status(), switched.body());
        JsonObject now = Sellers.get(seller).json();
        assertEquals("STANDARD", now.getString("accountType"));
        assertTrue(!now.containsKey("stripeAccountId") || now.isNull("stripeAccountId"), "the Express account is forgotten: " + now);
        assertTrue(admin.get(switched.location()).body().contains("Seller " + seller.id() + " has standard accounts"));

        Page refused = admin.post("/admin/sellers/" + activeSeller.id() + "/account-type", "accountType", "standard");

        assertEquals(409, refused.status(), refused.body());
        assertEquals("EXPRESS", Sellers.get(activeSeller).json().getString("accountType"));
    }

    @Test
    void theOrdersPageFlagsADisputedOrderAndOffersNoRefundForIt() throws Exception {
        long product = Shop.product(activeSeller, 2000, "eur", 3);
        long orderId = paidOrder(product);
        Charge charge = chargeOf(Shop.order(orderId).getString("paymentIntentId"), activeSeller);
        SandboxStripe.Raw opened = Shop.stripe().helper("charges/" + charge.getId() + "/dispute", "reason", "fraudulent");
        assertEquals(200, opened.status(), opened.body());
        Shop.awaitStatus(orderId, "DISPUTED");

        Page disputed = admin().get("/admin/orders?status=DISPUTED");

        assertEquals(200, disputed.status(), disputed.body());
        String row = row(disputed.body(), "data-order-id=\"" + orderId + "\"");
        assertTrue(row.contains("class=\"status status-disputed\">Disputed</span>"), row);
        assertFalse(row.contains("/refund"), "a disputed order is not refunded from here: " + row);
        assertTrue(disputed.body().contains("<option value=\"DISPUTED\" selected>"), "the filter shows what is filtered");
    }

    @Test
    void theAdminRefundsPartOfAnOrderFromTheOrdersPage() throws Exception {
        long product = Shop.product(activeSeller, 2500, "eur", 3);
        long orderId = paidOrder(product);
        PageClient admin = admin();
        Page orders = admin.get("/admin/orders");
        assertTrue(row(orders.body(), "data-order-id=\"" + orderId + "\"").contains("id=\"refund-" + orderId + "\""));

        Page refunded = admin.post("/admin/orders/" + orderId + "/refund", "amount", "10.00");

        assertEquals(303, refunded.status(), refunded.body());
        assertEquals("/admin/orders", refunded.location());
        assertTrue(admin.get("/admin/orders").body().contains("Refunded €10.00 of order " + orderId), "the flash says the outcome");
        JsonObject order = Shop.awaitStatus(orderId, "PARTIALLY_REFUNDED");
        assertEquals(1000, order.getJsonNumber("amountRefunded").longValue(), order.toString());
    }

    @Test
    void aRefundOfMoreThanIsLeftIsRefusedWithAPageAndNothingIsRefunded() throws Exception {
        long product = Shop.product(activeSeller, 1500, "eur", 3);
        long orderId = paidOrder(product);
        PageClient admin = admin();
        admin.get("/admin/orders");

        Page refused = admin.post("/admin/orders/" + orderId + "/refund", "amount", "20.00");

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("id=\"problem\""), refused.body());
        assertEquals("PAID", Shop.order(orderId).getString("status"));
        assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM order_refunds WHERE order_id = ?", orderId));
    }

    @Test
    void theWebhooksPageListsADeadEventAndReplayProcessesItAgain() throws Exception {
        String payload = SignedEvents.event("it.always_fails", "charge", null);
        String eventId = Json.createReader(new StringReader(payload)).readObject().getString("id");
        RunningMarketplace.api().post("/webhooks/stripe", payload, "Stripe-Signature", SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET));
        InboxRows.awaitStatus(eventId, "dead", PATIENCE);
        PageClient admin = admin();

        Page inbox = admin.get("/admin/webhooks");

        assertEquals(200, inbox.status(), inbox.body());
        String row = row(inbox.body(), "data-event-id=\"" + eventId + "\"");
        assertTrue(row.contains("it.always_fails"), row);
        assertTrue(inbox.body().contains("id=\"count-dead\""), inbox.body());
        assertTrue(inbox.body().contains("id=\"lag\""), inbox.body());

        Page replayed = admin.post("/admin/webhooks/" + eventId + "/replay");

        assertEquals(303, replayed.status(), replayed.body());
        assertTrue(admin.get(replayed.location()).body().contains("Event " + eventId + " will be processed again."));
        awaitFailedAttempts(eventId, 2 * RunningMarketplace.WEBHOOK_MAX_ATTEMPTS);
    }

    @Test
    void replayingAnUnknownEventIsANotFoundPage() {
        PageClient admin = admin();
        admin.get("/admin/webhooks");

        Page replay = admin.post("/admin/webhooks/evt_admin_pages_unknown/replay");

        assertEquals(404, replay.status(), replay.body());
        assertTrue(replay.body().contains("No stored webhook event evt_admin_pages_unknown"), replay.body());
    }

    // --- helpers

    private static PageClient admin() {
        PageClient client = PageClient.forMarketplace();
        Page signedIn = client.signIn(RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD);
        assertEquals(303, signedIn.status(), signedIn.body());
        return client;
    }

    private static String percent(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    private static List<Number> rate(JsonObject rate) {
        return List.of(rate.getInt("basisPoints"), rate.getJsonNumber("fixedAmount").longValue());
    }

    private static JsonObject defaultFee(String currency) {
        Reply reply = RunningMarketplace.api().get("/api/admin/fees", "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("defaults").stream().map(fee -> fee.asJsonObject())
                .filter(fee -> fee.getString("currency").equals(currency)).findFirst().orElseThrow();
    }

    private static JsonObject applicable(long sellerId, String currency) {
        Reply reply = RunningMarketplace.api().get("/api/admin/fees/sellers/" + sellerId + "?currency=" + currency,
                "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static int feeChanges(String currency) throws Exception {
        return InboxRows.count("SELECT COUNT(*) FROM fee_audit WHERE currency = ?", currency);
    }

    /** The first body row of the table with this id. */
    private static String firstRow(String html, String tableId) {
        int table = html.indexOf("id=\"" + tableId + "\"");
        assertTrue(table >= 0, "no table " + tableId + " in " + html);
        int body = html.indexOf("<tbody>", table);
        return html.substring(body, html.indexOf("</tr>", body));
    }

    /** The table row whose opening tag has these attributes. */
    private static String row(String html, String attributes) {
        Matcher row = Pattern.compile("<tr " + Pattern.quote(attributes) + ".*?</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), "no row with " + attributes + " in " + html);
        return row.group();
    }

    /** A figure in minor units (or a count) of today's eur row in the daily figures; 0 when there is no such row yet. */
    private static long figure(String html, String day, String name) {
        Matcher row = Pattern.compile("<tr data-day=\"" + day + "\" data-currency=\"eur\">.*?</tr>", Pattern.DOTALL).matcher(html);
        if (!row.find()) {
            return 0;
        }
        Matcher cell = Pattern.compile("data-" + name + "=\"(\\d+)\"").matcher(row.group());
        assertTrue(cell.find(), "no " + name + " in " + row.group());
        return Long.parseLong(cell.group(1));
    }

    /** The seller's row, paging through the sellers page (oldest first) until it shows up. */
    private static String sellerRow(PageClient admin, long sellerId) {
        for (int offset = 0; offset < 100_000; offset += 100) {
            Page page = admin.get("/admin/sellers?offset=" + offset);
            assertEquals(200, page.status(), page.body());
            if (page.body().contains("data-seller-id=\"" + sellerId + "\"")) {
                return row(page.body(), "data-seller-id=\"" + sellerId + "\"");
            }
            if (!page.body().contains("id=\"next-page\"")) {
                break;
            }
        }
        throw new AssertionError("seller " + sellerId + " is on no sellers page");
    }

    private static long paidOrder(long product) throws InterruptedException {
        Shop.Started checkout = Shop.checkout(product, 1);
        Shop.pay(checkout);
        Shop.awaitStatus(checkout.orderId(), "PAID");
        return checkout.orderId();
    }

    private static Charge chargeOf(String paymentIntentId, Registered directSeller) throws Exception {
        PaymentIntent intent = Shop.stripe().client().paymentIntents().retrieve(paymentIntentId,
                SandboxStripe.onAccount(directSeller.stripeAccountId()));
        return Shop.stripe().client().charges().retrieve(intent.getLatestCharge(), SandboxStripe.onAccount(directSeller.stripeAccountId()));
    }

    private static void awaitFailedAttempts(String eventId, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        int attempts = 0;
        while (Instant.now().isBefore(deadline)) {
            attempts = RunningMarketplace.api().get("/api/it/handlers/failed-attempts/" + eventId).json().getInt("attempts");
            if (attempts >= expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("event " + eventId + " was attempted " + attempts + " times after the replay, expected " + expected);
    }
}
