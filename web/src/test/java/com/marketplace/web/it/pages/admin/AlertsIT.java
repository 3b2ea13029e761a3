package com.marketplace.web.it.pages.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.MailServer;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments in a currency start failing: the success-rate alert opens once, shows on the admin's
 * pages, in the API and in the admin's mail (once), and closes when payments succeed again. The shared marketplace evaluates
 * every 300 ms with a floor of 50 % over at least 3 payments; this test alone pays in PLN.
 */
@ExtendWith(RunningMarketplace.class)
class AlertsIT {

    private static final String KEY = "payment_success_rate_low:pln";
    private static final String MAIL_SUBJECT = "Alert: payment success rate low (PLN)";

    @Test
    void failingPaymentsOpenOneAlertShownToAdminsUntilPaymentsRecover() throws Exception {
        Registered seller = Shop.activeSeller("DESTINATION");
        long product = Shop.product(seller, 5000, "pln", 20);
        for (int i = 0; i < 3; i++) {
            fail(product);
        }

        JsonObject opened = await(alerts -> openAlert(alerts).isPresent(), "the alert opens").orElseThrow();
        Thread.sleep(1_000); // several more passes, with the rule still holding
        assertEquals(1, recentWithKey().size(), "one alert, not one per pass: " + adminAlerts());
        assertTrue(openAlert(adminAlerts()).orElseThrow().getString("detail").startsWith("PLN payments: 0 of 3 succeeded"), opened.toString());
        PageClient admin = PageClient.forMarketplace();
        admin.signIn(RunningMarketplace.ADMIN_EMAIL, RunningMarketplace.ADMIN_PASSWORD);
        String overview = admin.get("/admin").body();
        assertTrue(overview.contains("id=\"alert-banner\"") && overview.contains("PLN payments: 0 of 3 succeeded"), overview);
        assertTrue(admin.get("/admin/orders").body().contains("PLN payments: 0 of 3 succeeded"), "the banner is on every admin page");
        MimeMessage mail = MailServer.awaitMessage(RunningMarketplace.ADMIN_EMAIL, MAIL_SUBJECT, Duration.ofSeconds(30));
        String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("PLN payments: 0 of 3 succeeded"), text);

        for (int i = 0; i < 4; i++) {
            Shop.sell(product, 1);
        }

        await(alerts -> openAlert(alerts).isEmpty(), "the alert closes once 4 of 7 payments succeeded");
        assertEquals(1, MailServer.messagesTo(RunningMarketplace.ADMIN_EMAIL, MAIL_SUBJECT).size(), "the admin was mailed once");
        JsonObject closed = recentWithKey().get(0);
        assertTrue(Instant.parse(closed.getString("closedAt")).isAfter(Instant.parse(closed.getString("openedAt"))), closed.toString());
        assertTrue(!admin.get("/admin").body().contains("PLN payments"), "the banner no longer shows it");
    }

    @Test
    void onlyTheAdminReadsTheAlerts() {
        assertEquals(401, RunningMarketplace.api().get("/api/admin/alerts").status());
    }

    private static void fail(long product) throws InterruptedException {
        Started checkout = Shop.checkout(product, 1);
        String intent = Shop.payByBankDebit(checkout);
        Shop.awaitStatus(checkout.orderId(), "AWAITING_PAYMENT");
        Shop.settle(intent, false);
        Shop.awaitStatus(checkout.orderId(), "PAYMENT_FAILED");
    }

    private static Optional<JsonObject> openAlert(JsonObject alerts) {
        return alerts.getJsonArray("open").stream().map(JsonValue::asJsonObject).filter(alert -> alert.getString("key").equals(KEY)).findFirst();
    }

    private static List<JsonObject> recentWithKey() {
        return adminAlerts().getJsonArray("recent").stream().map(JsonValue::asJsonObject).filter(alert -> alert.getString("key").equals(KEY)).toList();
    }

    private static JsonObject adminAlerts() {
        Reply reply = RunningMarketplace.api().get("/api/admin/alerts", "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, reply.status(), reply.body());
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static Optional<JsonObject> await(java.util.function.Predicate<JsonObject> condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonObject alerts = adminAlerts();
            if (condition.test(alerts)) {
                return openAlert(alerts);
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " within 30 s: " + adminAlerts());
    }
}
