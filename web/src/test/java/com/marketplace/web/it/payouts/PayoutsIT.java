package com.marketplace.web.it.payouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.MailServer;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seller's money end to end on the sandbox: a sale's net amount pending for the account's delay
 * then available, per charge type; a payout to a failing test bank account projected from its
 * events, with the banner and the mail, then paid once the bank account is fixed.
 */
@ExtendWith(RunningMarketplace.class)
class PayoutsIT {

    private static final SandboxStripe STRIPE = Shop.stripe();
    private static final long DAY = 86_400;

    private long advanced;

    @ParameterizedTest
    @ValueSource(strings = {"DIRECT", "DESTINATION"})
    void aSaleIsPendingForTheAccountsDelayThenAvailableLessTheFee(String chargeType) throws Exception {
        Registered seller = Shop.activeSeller(chargeType);
        helper("accounts/" + seller.stripeAccountId() + "/payout_schedule", "delay_days", "2");
        long orderId = Shop.sell(Shop.product(seller, 5_000, "eur", 3), 1);
        long net = 5_000 - Shop.order(orderId).getJsonNumber("applicationFeeAmount").longValue();

        JsonObject settling = awaitBalance(seller, balance -> amount(balance, "pending") == net);
        assertEquals(0, amount(settling, "available"), settling.toString());

        advanceClock(2 * DAY + 60);
        JsonObject settled = awaitBalance(seller, balance -> amount(balance, "available") == net);
        assertEquals(0, amount(settled, "pending"), settled.toString());
    }

    @Test
    void aPayoutToAFailingBankShowsTheBannerAndMailsTheSellerUntilAPayoutToTheFixedAccountIsPaid() throws Exception {
        Registered seller = Shop.activeSeller("DIRECT");
        long orderId = Shop.sell(Shop.product(seller, 3_000, "eur", 3), 1);
        long net = 3_000 - Shop.order(orderId).getJsonNumber("applicationFeeAmount").longValue();
        awaitBalance(seller, balance -> amount(balance, "available") == net);
        PageClient browser = PageClient.forMarketplace();
        browser.signIn(seller.email(), seller.password());

        helper("accounts/" + seller.stripeAccountId() + "/bank_account", "account_number", "000111111116");
        String failing = onlyPayout(helper("accounts/" + seller.stripeAccountId() + "/payouts/run"));
        advanceClock(DAY + 60);

        JsonObject failed = awaitPayout(seller, failing, "failed");
        assertEquals("no_account", failed.getString("failureCode"), failed.toString());
        assertEquals(net, failed.getJsonNumber("amount").longValue());
        MailServer.awaitMessage(seller.email(), "Your payout of " + euros(net) + " failed: check your bank account", Duration.ofSeconds(30));
        String dashboard = browser.get("/seller").body();
        assertTrue(dashboard.contains("id=\"payout-failed-banner\""), dashboard);
        assertTrue(browser.get("/seller/payouts").body().contains("data-payout-id=\"" + failing + "\" data-status=\"failed\""));
        Reply failures = RunningMarketplace.api().get("/api/admin/payouts?status=failed", "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, failures.status(), failures.body());
        assertTrue(ids(failures.json().getJsonArray("data")).contains(failing), failures.body());

        helper("accounts/" + seller.stripeAccountId() + "/bank_account", "account_number", "000123456789");
        String paying = onlyPayout(helper("accounts/" + seller.stripeAccountId() + "/payouts/run"));
        advanceClock(DAY + 60);

        awaitPayout(seller, paying, "paid");
        MailServer.awaitMessage(seller.email(), "Your payout of " + euros(net) + " has been paid", Duration.ofSeconds(30));
        String after = browser.get("/seller").body();
        assertFalse(after.contains("payout-failed-banner"), after);
        Reply theirs = RunningMarketplace.api().get("/api/sellers/" + seller.id() + "/payouts", "Authorization", seller.authorization());
        assertEquals(List.of(paying, failing), ids(theirs.json().getJsonArray("data")), theirs.body());
    }

    @Test
    void aSellerCannotReadAnotherSellersBalanceOrPayouts() throws Exception {
        Registered one = Shop.activeSeller("DIRECT");
        Registered other = Shop.activeSeller("DIRECT");

        assertEquals(404, RunningMarketplace.api().get("/api/sellers/" + other.id() + "/balance", "Authorization", one.authorization()).status());
        assertEquals(404, RunningMarketplace.api().get("/api/sellers/" + other.id() + "/payouts", "Authorization", one.authorization()).status());
    }

    /**
     * Moves the sandbox clock, and {@link #rewindClock} moves it back after the test: the marketplace
     * dates its checkout sessions by the real clock, so a sandbox days ahead would refuse every later
     * checkout's {@code expires_at} (as already past), in this class and in the tests after it.
     */
    private void advanceClock(long seconds) {
        helper("clock/advance", "seconds", String.valueOf(seconds));
        advanced += seconds;
    }

    @AfterEach
    void rewindClock() {
        if (advanced != 0) {
            helper("clock/advance", "seconds", String.valueOf(-advanced));
            advanced = 0;
        }
    }

    private static SandboxStripe.Raw helper(String path, String... keysAndValues) {
        SandboxStripe.Raw raw = STRIPE.helper(path, keysAndValues);
        if (raw.status() != 200) {
            throw new AssertionError(path + ": HTTP " + raw.status() + " " + raw.body());
        }
        return raw;
    }

    private static String onlyPayout(SandboxStripe.Raw run) {
        JsonValue body = jakarta.json.Json.createReader(new java.io.StringReader(run.body())).readValue();
        JsonArray payouts = body.getValueType() == JsonValue.ValueType.ARRAY ? body.asJsonArray() : body.asJsonObject().getJsonArray("data");
        assertEquals(1, payouts.size(), run.body());
        return payouts.getJsonObject(0).getString("id");
    }

    private static JsonObject awaitBalance(Registered seller, Predicate<JsonObject> expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            Reply reply = RunningMarketplace.api().get("/api/sellers/" + seller.id() + "/balance", "Authorization", seller.authorization());
            last = reply.status() + " " + reply.body();
            if (reply.status() == 200 && expected.test(reply.json())) {
                return reply.json();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the balance never became as expected; last: " + last);
    }

    private static JsonObject awaitPayout(Registered seller, String payoutId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            Reply reply = RunningMarketplace.api().get("/api/sellers/" + seller.id() + "/payouts", "Authorization", seller.authorization());
            last = reply.body();
            if (reply.status() == 200) {
                for (JsonObject payout : reply.json().getJsonArray("data").getValuesAs(JsonObject.class)) {
                    if (payout.getString("id").equals(payoutId) && payout.getString("status").equals(status)) {
                        return payout;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("payout " + payoutId + " never became " + status + "; last: " + last);
    }

    private static long amount(JsonObject balance, String side) {
        return balance.getJsonArray(side).getValuesAs(JsonObject.class).stream().filter(amount -> "eur".equals(amount.getString("currency")))
                .mapToLong(amount -> amount.getJsonNumber("amount").longValue()).sum();
    }

    private static List<String> ids(JsonArray payouts) {
        return payouts.getValuesAs(JsonObject.class).stream().map(payout -> payout.getString("id")).toList();
    }

    private static String euros(long cents) {
        return String.format(java.util.Locale.ROOT, "€%d.%02d", cents / 100, cents % 100);
    }
}
