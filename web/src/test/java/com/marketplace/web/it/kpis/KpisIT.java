package com.marketplace.web.it.kpis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.ChargeActions;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.net.RequestOptions;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/admin/kpis} over a known day of orders in a currency no other test sells in (nzd),
 * so every figure is exact. The orders go through the real flows (checkout and card payment on the
 * sandbox, a bank debit that fails, a session that expires, a refund through the API, disputes
 * opened and lost at the sandbox, each reported by signed webhook events). Only their clocks are
 * then set with SQL: a real flow pays within a second and decides a dispute at once, and the
 * percentiles of time to pay and the days to close a dispute can only be checked exactly on chosen
 * durations.
 *
 * <p>The subscription figures are read over rows written with SQL in a currency of their own (cad):
 * what they count is when access started and ended, over months, which no flow can make pass in a
 * test; the subscriptions feature's own tests cover how the rows get there.
 */
@ExtendWith(RunningMarketplace.class)
class KpisIT {

    private static final String CURRENCY = "nzd";
    /** No other test sells in it: the subscriptions written here are the currency's only ones. */
    private static final String SUBSCRIPTIONS_CURRENCY = "cad";
    private static final long PRICE = 2_500;
    /** 10 % plus 30: 280 on each order. */
    private static final long FEE = 280;

    private static Registered seller;
    private static JsonObject day;

    @BeforeAll
    static void aKnownDayOfOrders() throws Exception {
        seller = Shop.activeSeller("DESTINATION");
        Shop.feeOverride(seller, CURRENCY, 1_000, 30);
        long product = Shop.product(seller, PRICE, CURRENCY, 20);

        long paid = Shop.sell(product, 1);
        long refunded = Shop.sell(product, 1);
        Reply refund = RunningMarketplace.api().request("POST", "/api/orders/" + refunded + "/refund", "{\"amount\":1000}",
                "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, refund.status(), refund.body());
        Shop.awaitStatus(refunded, "PARTIALLY_REFUNDED");

        Started disputedCheckout = Shop.checkout(product, 1);
        Shop.pay(disputedCheckout);
        Shop.awaitStatus(disputedCheckout.orderId(), "PAID");
        ChargeActions.openDispute(ChargeActions.paymentOf(disputedCheckout, RequestOptions.getDefault()));
        long disputed = Shop.awaitStatus(disputedCheckout.orderId(), "DISPUTED").getJsonNumber("id").longValue();

        Started lostCheckout = Shop.checkout(product, 1);
        Shop.pay(lostCheckout);
        Shop.awaitStatus(lostCheckout.orderId(), "PAID");
        String lostDispute = ChargeActions.openDispute(ChargeActions.paymentOf(lostCheckout, RequestOptions.getDefault()));
        Shop.awaitStatus(lostCheckout.orderId(), "DISPUTED");
        ChargeActions.closeDispute(lostDispute, "lost");
        long lost = lostCheckout.orderId();
        awaitDisputeStatus(lost, "lost");

        Started failing = Shop.checkout(product, 1);
        Shop.settle(Shop.payByBankDebit(failing), false);
        Shop.awaitStatus(failing.orderId(), "PAYMENT_FAILED");

        Started expiring = Shop.checkout(product, 1);
        Shop.stripe().helper("checkout/sessions/" + expiring.sessionId() + "/expire");
        Shop.awaitStatus(expiring.orderId(), "EXPIRED");

        // A seventh checkout is started and left open: a session created, neither paid nor abandoned.
        Shop.checkout(product, 1);

        // The platform recorded when each dispute opened, and when the lost one closed.
        assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM orders WHERE id = ? AND dispute_opened_at IS NOT NULL"
                + " AND dispute_closed_at IS NULL", disputed));
        assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM orders WHERE id = ? AND dispute_opened_at IS NOT NULL"
                + " AND dispute_closed_at >= dispute_opened_at", lost));

        // Chosen durations: 60, 120, 300 and 600 seconds from checkout to payment; the lost dispute's
        // whole life moved back so it was open 18 hours, all inside the last day.
        setSecondsToPay(paid, 60);
        setSecondsToPay(refunded, 120);
        setSecondsToPay(disputed, 300);
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
        Instant lostPaid = t.minus(Duration.ofHours(22));
        Shop.execute("UPDATE orders SET created_at = ?, paid_at = ?, dispute_opened_at = ?, dispute_closed_at = ? WHERE id = ?",
                utc(lostPaid.minusSeconds(600)), utc(lostPaid), utc(t.minus(Duration.ofHours(21))), utc(t.minus(Duration.ofHours(3))), lost);

        day = kpis("?currency=nzd&days=1");
        subscriptionsOverMonths();
    }

    /**
     * A buyer's subscriptions to the KPI seller's plan in cad, against now: five giving access now (2
     * trialing, 1 past due), two of them paying at 1,000 a month and 12,006 a year (1,000.5 a month)
     * beside the past-due 500 a month; over the last 7 days 3 started, 2 ended of the 4 with access at
     * its start. Rows that must not count: one ended before the window, a first payment that expired
     * without ever giving access (ended in the window, never started), a checkout left unpaid.
     */
    private static void subscriptionsOverMonths() throws Exception {
        Instant now = Instant.now();
        String email = "kpis-subscriber-" + System.nanoTime() + "@example.test";
        Shop.execute("INSERT INTO buyers (email, password_hash, name, created_at) VALUES (?, 'not-a-hash', 'KPI subscriber', ?)",
                email, utc(now));
        long buyer = Shop.longValue("SELECT id FROM buyers WHERE email = ?", email);
        Shop.execute("INSERT INTO plans (seller_id, name, description, amount, currency, billing_interval, trial_days, status, charge_type,"
                + " seller_account_id, price_version, version, created_at, updated_at)"
                + " VALUES (?, 'KPI plan', 'rows for the KPIs', 1000, ?, 'month', 0, 'RETIRED', 'DESTINATION', 'platform', 1, 0, ?, ?)",
                seller.id(), SUBSCRIPTIONS_CURRENCY, utc(now), utc(now));
        long plan = Shop.longValue("SELECT MAX(id) FROM plans WHERE seller_id = ?", seller.id());

        subscription(buyer, plan, "ACTIVE", 1_000, "month", daysAgo(now, 60), null);
        subscription(buyer, plan, "ACTIVE", 12_006, "year", daysAgo(now, 40), null);
        subscription(buyer, plan, "PAST_DUE", 500, "month", daysAgo(now, 20), null);
        subscription(buyer, plan, "TRIALING", 2_000, "month", daysAgo(now, 2), null);
        subscription(buyer, plan, "TRIALING", 30_000, "year", daysAgo(now, 1), null);
        subscription(buyer, plan, "CANCELED", 700, "month", daysAgo(now, 90), daysAgo(now, 3));
        subscription(buyer, plan, "UNPAID", 800, "month", daysAgo(now, 50), daysAgo(now, 10));
        subscription(buyer, plan, "CANCELED", 900, "month", daysAgo(now, 5), daysAgo(now, 1));
        subscription(buyer, plan, "INCOMPLETE_EXPIRED", 400, "month", null, daysAgo(now, 2));
        subscription(buyer, plan, "CHECKOUT_EXPIRED", 400, "month", null, null);
    }

    @Test
    void theMoneyFiguresAreThoseOfTheOrdersPaidThatDay() {
        assertEquals("nzd", day.getString("currency"));
        assertEquals(1, day.getInt("days"));
        assertEquals(4, day.getJsonNumber("paidOrders").longValue(), "paid, refunded, disputed, lost: " + day);
        assertEquals(4 * PRICE, day.getJsonNumber("grossVolume").longValue(), day.toString());
        assertEquals(4 * FEE, day.getJsonNumber("fees").longValue(), day.toString());
    }

    @Test
    void thePaymentSuccessRateIsPaidOverPaidAndFailed() {
        assertEquals(1, day.getJsonNumber("failedPayments").longValue(), day.toString());
        assertRate("0.8", day, "paymentSuccessRate");
    }

    @Test
    void conversionAndDropOffAreSharesOfTheSevenCheckoutsStarted() {
        assertRate("0.5714", day, "checkoutConversion");
        assertRate("0.1429", day, "dropOffRate");
    }

    @Test
    void timeToPayIsTheMedianAndNinetiethPercentileOfTheChosenDurations() {
        JsonObject time = day.getJsonObject("timeToPaySeconds");
        assertEquals(120, time.getJsonNumber("p50").longValue(), time.toString());
        assertEquals(600, time.getJsonNumber("p90").longValue(), time.toString());
    }

    @Test
    void refundsCountTheOrderRefundedAndWhatWentBack() {
        JsonObject refunds = day.getJsonObject("refunds");
        assertEquals(1, refunds.getJsonNumber("count").longValue(), refunds.toString());
        assertEquals(1_000, refunds.getJsonNumber("amount").longValue(), refunds.toString());
        assertRate("0.25", refunds, "rate");
    }

    @Test
    void disputesCountBothOpenedOneStillOpenAndTheLostOnesDaysToClose() {
        JsonObject disputes = day.getJsonObject("disputes");
        assertEquals(2, disputes.getJsonNumber("count").longValue(), disputes.toString());
        assertRate("0.5", disputes, "rate");
        assertEquals(1, disputes.getJsonNumber("open").longValue(), disputes.toString());
        assertRate("0.8", disputes, "medianDaysToClose");
    }

    @Test
    void aCurrencyWithoutSubscriptionsHasNoneAndNoChurnRate() {
        JsonObject subscriptions = day.getJsonObject("subscriptions");
        for (String count : new String[] {"active", "trialing", "pastDue", "mrr", "started", "ended"}) {
            assertEquals(0, subscriptions.getJsonNumber(count).longValue(), count + " in " + subscriptions);
        }
        assertEquals(JsonValue.NULL, subscriptions.get("churnRate"), subscriptions.toString());
        assertEquals(0, day.getJsonNumber("payoutFailures").longValue(), day.toString());
    }

    @Test
    void activeSubscriptionsAreTheTrialingActiveAndPastDueOnesNow() {
        JsonObject subscriptions = kpis("?currency=cad&days=7").getJsonObject("subscriptions");

        assertEquals(5, subscriptions.getJsonNumber("active").longValue(), subscriptions.toString());
        assertEquals(2, subscriptions.getJsonNumber("trialing").longValue(), subscriptions.toString());
        assertEquals(1, subscriptions.getJsonNumber("pastDue").longValue(), subscriptions.toString());
    }

    @Test
    void theMrrIsTheActiveAndPastDueOnesAMonthEachYearlyPriceATwelfthRoundedHalfUp() {
        JsonObject subscriptions = kpis("?currency=cad&days=7").getJsonObject("subscriptions");

        assertEquals(1_000 + 1_001 + 500, subscriptions.getJsonNumber("mrr").longValue(), subscriptions.toString());
    }

    @Test
    void theChurnRateIsTheSubscriptionsEndedPerSubscriptionWithAccessAtTheWindowsStart() {
        JsonObject subscriptions = kpis("?currency=cad&days=7").getJsonObject("subscriptions");

        assertEquals(3, subscriptions.getJsonNumber("started").longValue(), subscriptions.toString());
        assertEquals(2, subscriptions.getJsonNumber("ended").longValue(), "not the one that never started: " + subscriptions);
        // 2 of the 4 there 7 days ago. Not of the 5 giving access now (0.4), of the 5 started before
        // the window whatever ended before it (0.4), of the 7 that had access in it (0.2857), nor of all 8 (0.25).
        assertRate("0.5", subscriptions, "churnRate");
    }

    @Test
    void overThirtyDaysTheSubscriptionsThereAtTheStartAreOthers() {
        JsonObject subscriptions = kpis("?currency=cad&days=30").getJsonObject("subscriptions");

        assertEquals(4, subscriptions.getJsonNumber("started").longValue(), subscriptions.toString());
        assertEquals(3, subscriptions.getJsonNumber("ended").longValue(), subscriptions.toString());
        assertRate("0.75", subscriptions, "churnRate");
        assertEquals(1_000 + 1_001 + 500, subscriptions.getJsonNumber("mrr").longValue(), "MRR is now's, whatever the window");
    }

    @Test
    void theOverviewPageShowsTheSubscriptionFigures() {
        PageClient admin = PageClient.forMarketplace();
        assertEquals(303, admin.signIn(RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD).status());

        PageClient.Page page = admin.get("/admin?currency=cad&days=7");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("<tr data-kpi=\"subscriptions.active\" data-value=\"5\">"), page.body());
        assertTrue(page.body().contains("<tr data-kpi=\"subscriptions.mrr\" data-value=\"2501\">"), page.body());
        assertTrue(page.body().contains("<tr data-kpi=\"subscriptions.churnRate\" data-value=\"0.5000\">"), page.body());
    }

    @Test
    void theWebhookFiguresAreTheInboxsAsItStands() throws Exception {
        awaitInboxDrained();
        long deadBefore = deadEvents();

        JsonObject now = kpis("?currency=nzd&days=1");

        assertEquals(deadBefore, deadEvents(), "the inbox changed meanwhile; run again");
        assertEquals(deadBefore, now.getJsonNumber("deadWebhookEvents").longValue(), now.toString());
        if (pendingEvents() == 0) {
            assertEquals(0, now.getJsonNumber("webhookLagSeconds").longValue(), now.toString());
        }
    }

    @Test
    void theLastThirtyDaysOfANewCurrencyAreItsLastDay() throws Exception {
        JsonObject month = kpis("?currency=NZD");

        assertEquals(30, month.getInt("days"));
        assertEquals(day.getJsonNumber("paidOrders"), month.getJsonNumber("paidOrders"));
        assertEquals(day.getJsonObject("disputes"), month.getJsonObject("disputes"));
    }

    @Test
    void aCurrencyWithoutOrdersHasNoRatesRatherThanZeroes() {
        JsonObject quiet = kpis("?currency=krw&days=7");

        assertEquals(0, quiet.getJsonNumber("paidOrders").longValue(), quiet.toString());
        assertEquals(JsonValue.NULL, quiet.get("paymentSuccessRate"), quiet.toString());
        assertEquals(JsonValue.NULL, quiet.getJsonObject("timeToPaySeconds").get("p50"), quiet.toString());
    }

    @Test
    void anUnknownCurrencyIsA400NamingIt() {
        Reply reply = adminGet("/api/admin/kpis?currency=xyz&days=7");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("validation_failed", reply.json().getString("error"), reply.body());
        assertTrue(reply.json().getString("message").startsWith("currency must be"), reply.body());
    }

    @Test
    void daysOtherThanOneSevenOrThirtyAreA400NamingThem() {
        for (String days : new String[] {"14", "abc", "1.5"}) {
            Reply reply = adminGet("/api/admin/kpis?currency=usd&days=" + days);

            assertEquals(400, reply.status(), days + ": " + reply.body());
            assertEquals("validation_failed", reply.json().getString("error"), reply.body());
            assertTrue(reply.json().getString("message").startsWith("days must be 1, 7 or 30"), reply.body());
        }
    }

    @Test
    void onlyTheAdminSeesTheKpis() {
        Reply anonymous = RunningMarketplace.api().get("/api/admin/kpis?currency=nzd");
        Reply aSeller = RunningMarketplace.api().get("/api/admin/kpis?currency=nzd", "Authorization", seller.authorization());

        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals(403, aSeller.status(), aSeller.body());
    }

    @Test
    void theOverviewPageShowsTheSameFiguresForTheChosenCurrencyAndPeriod() {
        PageClient admin = PageClient.forMarketplace();
        assertEquals(303, admin.signIn(RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD).status());

        PageClient.Page page = admin.get("/admin?currency=nzd&days=1");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("<tr data-kpi=\"paidOrders\" data-value=\"4\">"), page.body());
        assertTrue(page.body().contains("<tr data-kpi=\"grossVolume\" data-value=\"" + 4 * PRICE + "\">"), page.body());
        assertTrue(page.body().contains("<tr data-kpi=\"timeToPaySeconds.p90\" data-value=\"600\">"), page.body());
        assertTrue(page.body().contains("<option value=\"nzd\" selected>NZD</option>"), page.body());
        assertEquals(400, admin.get("/admin?currency=nzd&days=2").status());
    }

    private static JsonObject kpis(String query) {
        Reply reply = adminGet("/api/admin/kpis" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static Reply adminGet(String path) {
        return RunningMarketplace.api().get(path, "Authorization", RunningMarketplace.adminAuthorization());
    }

    private static void assertRate(String expected, JsonObject figures, String name) {
        assertNotEquals(JsonValue.NULL, figures.get(name), name + " in " + figures);
        BigDecimal actual = figures.getJsonNumber(name).bigDecimalValue();
        assertEquals(0, new BigDecimal(expected).compareTo(actual), name + ": expected " + expected + " in " + figures);
    }

    private static void setSecondsToPay(long orderId, long seconds) throws Exception {
        assertEquals(1, Shop.execute("UPDATE orders SET created_at = paid_at - INTERVAL ? SECOND WHERE id = ?", seconds, orderId));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static LocalDateTime daysAgo(Instant now, int days) {
        return utc(now.minus(Duration.ofDays(days)));
    }

    private static void subscription(long buyer, long plan, String status, long amount, String interval, LocalDateTime startedAt,
                                     LocalDateTime endedAt) throws Exception {
        LocalDateTime created = startedAt != null ? startedAt : endedAt != null ? endedAt : utc(Instant.now());
        assertEquals(1, Shop.execute("INSERT INTO subscriptions (buyer_id, seller_id, plan_id, stripe_price_id, amount, currency,"
                + " billing_interval, charge_type, seller_account_id, application_fee_bps, status, cancel_at_period_end, started_at, ended_at,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, 'price_kpis', ?, ?, ?, 'DESTINATION', 'platform', 1000, ?, FALSE, ?, ?, 0, ?, ?)",
                buyer, seller.id(), plan, amount, SUBSCRIPTIONS_CURRENCY, interval, status, startedAt, endedAt, created, created));
    }

    private static void awaitDisputeStatus(long orderId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Shop.order(orderId);
            if (last.containsKey("disputeStatus") && status.equals(last.getString("disputeStatus"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("order " + orderId + "'s dispute never became " + status + "; last seen: " + last);
    }

    private static long deadEvents() throws Exception {
        return Shop.longValue("SELECT COUNT(*) FROM webhook_events WHERE status = ?", "dead");
    }

    private static long pendingEvents() throws Exception {
        return Shop.longValue("SELECT COUNT(*) FROM webhook_events WHERE status IN ('received', 'processing', 'failed')");
    }

    private static void awaitInboxDrained() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (pendingEvents() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }
}
