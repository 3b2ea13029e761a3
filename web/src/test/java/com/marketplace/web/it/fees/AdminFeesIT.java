package com.marketplace.web.it.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's fee schedule over HTTP against the real database: defaults, overrides, the audit of
 * each change, input checks and who may call it. Each test uses its own currency (or seller), so
 * they hold in any order on the shared database.
 */
@ExtendWith(RunningMarketplace.class)
class AdminFeesIT {

    private static final String FEES = "/api/admin/fees";
    private static final long UNKNOWN_SELLER = 999_999_999L;

    @Test
    void aDefaultSetByTheAdminIsShownWithOneAuditEntryOfBeforeAfterAndWho() throws Exception {
        Reply put = asAdmin("PUT", FEES, rate("chf", 250, 30));

        assertEquals(200, put.status(), put.body());
        JsonObject schedule = schedule();
        assertEquals(List.of(250, 30), rateOf(only(schedule, "defaults", fee -> fee.getString("currency").equals("chf"))));
        List<JsonObject> changes = audit(schedule, change -> change.getString("currency").equals("chf"));
        assertEquals(1, changes.size(), changes.toString());
        JsonObject change = changes.get(0);
        assertEquals("DEFAULT", change.getString("scope"));
        assertEquals(RunningMarketplace.ADMIN_EMAIL, change.getString("changedBy"));
        assertTrue(change.containsKey("changedAt"), change.toString());
        assertEquals(List.of(1000, 0), rateOf(change.getJsonObject("before")), "the seeded default");
        assertEquals(List.of(250, 30), rateOf(change.getJsonObject("after")));
        assertEquals(1, InboxRows.count("SELECT COUNT(*) FROM fee_audit WHERE currency = 'chf'"));
    }

    @Test
    void changingADefaultAgainAuditsThePreviousValueAsBefore() {
        assertEquals(200, asAdmin("PUT", FEES, rate("nok", 300, 0)).status());
        assertEquals(200, asAdmin("PUT", FEES, rate("nok", 450, 10)).status());

        JsonObject newest = audit(schedule(), change -> change.getString("currency").equals("nok")).get(0);
        assertEquals(List.of(300, 0), rateOf(newest.getJsonObject("before")));
        assertEquals(List.of(450, 10), rateOf(newest.getJsonObject("after")));
    }

    @Test
    void aSellersOverrideWinsOverTheDefaultAndOnlyForThatSeller() {
        Registered seller = Sellers.register("DIRECT");
        Registered other = Sellers.register("DIRECT");
        assertEquals(200, asAdmin("PUT", FEES, rate("dkk", 500, 0)).status());

        Reply put = asAdmin("PUT", FEES + "/sellers/" + seller.id(), rate("dkk", 200, 5));

        assertEquals(200, put.status(), put.body());
        JsonObject schedule = schedule();
        JsonObject override = only(schedule, "overrides", fee -> fee.getJsonNumber("sellerId").longValue() == seller.id());
        assertEquals("dkk", override.getString("currency"));
        assertEquals(List.of(200, 5), rateOf(override));
        assertEquals(List.of(500, 0), rateOf(only(schedule, "defaults", fee -> fee.getString("currency").equals("dkk"))));
        JsonObject applies = applicable(seller.id(), "dkk");
        assertEquals("SELLER_OVERRIDE", applies.getString("source"));
        assertEquals(List.of(200, 5), rateOf(applies));
        assertEquals("DEFAULT", applicable(other.id(), "dkk").getString("source"));
        assertEquals(List.of(500, 0), rateOf(applicable(other.id(), "dkk")));
    }

    @Test
    void removingAnOverrideIsAuditedWithNoAfterAndTheDefaultAppliesAgain() throws Exception {
        Registered seller = Sellers.register("DESTINATION");
        assertEquals(200, asAdmin("PUT", FEES + "/sellers/" + seller.id(), rate("pln", 100, 0)).status());

        Reply delete = asAdmin("DELETE", FEES + "/sellers/" + seller.id() + "?currency=pln", null);

        assertEquals(204, delete.status(), delete.body());
        JsonObject schedule = schedule();
        assertTrue(schedule.getJsonArray("overrides").stream()
                .noneMatch(fee -> fee.asJsonObject().getJsonNumber("sellerId").longValue() == seller.id()), schedule.toString());
        List<JsonObject> changes = audit(schedule, sellerIs(seller.id()));
        assertEquals(2, changes.size(), changes.toString());
        JsonObject removal = changes.get(0);
        assertEquals("SELLER", removal.getString("scope"));
        assertEquals(List.of(100, 0), rateOf(removal.getJsonObject("before")));
        assertTrue(!removal.containsKey("after") || removal.isNull("after"), removal.toString());
        assertFalse(changes.get(1).containsKey("before"), "the first override had nothing before it: " + changes.get(1));
        assertEquals("DEFAULT", applicable(seller.id(), "pln").getString("source"));
        assertEquals(2, InboxRows.count("SELECT COUNT(*) FROM fee_audit WHERE seller_id = ?", seller.id()));
    }

    @Test
    void badInputIs400NamingEachFieldAndChangesNothing() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        int changesBefore = InboxRows.count("SELECT COUNT(*) FROM fee_audit");
        JsonObject gbpBefore = only(schedule(), "defaults", fee -> fee.getString("currency").equals("gbp"));
        String invalid = "{\"currency\":\"xyz\",\"basisPoints\":10001,\"fixedAmount\":-1}";

        Reply badDefault = asAdmin("PUT", FEES, invalid);
        Reply missingFields = asAdmin("PUT", FEES, "{}");
        Reply tooLargeFixed = asAdmin("PUT", FEES + "/sellers/" + seller.id(), rate("gbp", 100, 100_000_000L));
        Reply badOverride = asAdmin("PUT", FEES + "/sellers/" + seller.id(), invalid);
        Reply deleteWithoutCurrency = asAdmin("DELETE", FEES + "/sellers/" + seller.id(), null);

        List<String> all = List.of("basisPoints", "currency", "fixedAmount");
        assertEquals(all, fields(badDefault));
        assertEquals(all, fields(missingFields));
        assertEquals(List.of("fixedAmount"), fields(tooLargeFixed));
        assertEquals(all, fields(badOverride));
        assertEquals(List.of("currency"), fields(deleteWithoutCurrency));
        assertEquals(changesBefore, InboxRows.count("SELECT COUNT(*) FROM fee_audit"));
        assertEquals(gbpBefore, only(schedule(), "defaults", fee -> fee.getString("currency").equals("gbp")));
        assertEquals(0, InboxRows.count("SELECT COUNT(*) FROM seller_fee_overrides WHERE seller_id = ?", seller.id()));
    }

    @Test
    void anonymousCallersAre401AndSellersAre403OnEveryFeeEndpoint() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        int changesBefore = InboxRows.count("SELECT COUNT(*) FROM fee_audit");
        String own = FEES + "/sellers/" + seller.id();
        List<String[]> endpoints = List.of(
                new String[] {"GET", FEES, null},
                new String[] {"PUT", FEES, rate("eur", 0, 0)},
                new String[] {"GET", own + "?currency=eur", null},
                new String[] {"PUT", own, rate("eur", 0, 0)},
                new String[] {"DELETE", own + "?currency=eur", null});

        for (String[] endpoint : endpoints) {
            Reply anonymous = RunningMarketplace.api().request(endpoint[0], endpoint[1], endpoint[2]);
            Reply asSeller = RunningMarketplace.api().request(endpoint[0], endpoint[1], endpoint[2], "Authorization", seller.authorization());

            String what = endpoint[0] + " " + endpoint[1];
            assertEquals(401, anonymous.status(), what + ": " + anonymous.body());
            assertEquals(403, asSeller.status(), what + ": " + asSeller.body());
            assertEquals("forbidden", asSeller.json().getString("error"), what);
        }
        assertEquals(changesBefore, InboxRows.count("SELECT COUNT(*) FROM fee_audit"));
    }

    @Test
    void anOverrideForAnUnknownSellerIsSellerNotFound() throws Exception {
        int changesBefore = InboxRows.count("SELECT COUNT(*) FROM fee_audit");

        Reply put = asAdmin("PUT", FEES + "/sellers/" + UNKNOWN_SELLER, rate("eur", 100, 0));
        Reply delete = asAdmin("DELETE", FEES + "/sellers/" + UNKNOWN_SELLER + "?currency=eur", null);
        Reply get = asAdmin("GET", FEES + "/sellers/" + UNKNOWN_SELLER + "?currency=eur", null);

        for (Reply reply : List.of(put, delete, get)) {
            assertEquals(404, reply.status(), reply.body());
            assertEquals("seller_not_found", reply.json().getString("error"));
        }
        assertEquals(changesBefore, InboxRows.count("SELECT COUNT(*) FROM fee_audit"));
    }

    @Test
    void concurrentChangesOfOneRateAreAllAuditedEachBeforeBeingThePreviousAfter() throws Exception {
        Registered seller = Sellers.register("DIRECT");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers * 2);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 1; i <= writers; i++) {
                int basisPoints = 100 + i;
                replies.add(pool.submit(() -> asAdmin("PUT", FEES, rate("sgd", basisPoints, 0))));
                replies.add(pool.submit(() -> asAdmin("PUT", FEES + "/sellers/" + seller.id(), rate("sgd", basisPoints, 0))));
            }
            for (Future<Reply> reply : replies) {
                assertEquals(200, reply.get(60, TimeUnit.SECONDS).status(), reply.get().body());
            }
        } finally {
            pool.shutdownNow();
        }

        JsonObject schedule = schedule();
        assertChained(audit(schedule, change -> change.getString("currency").equals("sgd") && !change.containsKey("sellerId")), writers,
                List.of(1000, 0));
        assertChained(audit(schedule, sellerIs(seller.id())), writers, null);
    }

    /** Oldest to newest, each change's before is the after of the one before it: no update was lost or misreported. */
    private static void assertChained(List<JsonObject> newestFirst, int expected, List<Number> firstBefore) {
        assertEquals(expected, newestFirst.size(), newestFirst.toString());
        List<Number> previousAfter = firstBefore;
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            JsonObject change = newestFirst.get(i);
            assertEquals(previousAfter, change.containsKey("before") ? rateOf(change.getJsonObject("before")) : null, change.toString());
            previousAfter = rateOf(change.getJsonObject("after"));
        }
    }

    private static Reply asAdmin(String method, String path, String body) {
        return RunningMarketplace.api().request(method, path, body, "Authorization", RunningMarketplace.adminAuthorization());
    }

    private static String rate(String currency, int basisPoints, long fixedAmount) {
        return "{\"currency\":\"" + currency + "\",\"basisPoints\":" + basisPoints + ",\"fixedAmount\":" + fixedAmount + "}";
    }

    private static JsonObject schedule() {
        Reply reply = asAdmin("GET", FEES, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject applicable(long sellerId, String currency) {
        Reply reply = asAdmin("GET", FEES + "/sellers/" + sellerId + "?currency=" + currency, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject only(JsonObject schedule, String list, Predicate<JsonObject> which) {
        List<JsonObject> matches = schedule.getJsonArray(list).stream().map(value -> value.asJsonObject()).filter(which).toList();
        assertEquals(1, matches.size(), list + ": " + schedule.getJsonArray(list));
        return matches.get(0);
    }

    /** The matching audit entries, newest first as the API lists them. */
    private static List<JsonObject> audit(JsonObject schedule, Predicate<JsonObject> which) {
        return schedule.getJsonArray("audit").stream().map(value -> value.asJsonObject()).filter(which).toList();
    }

    private static Predicate<JsonObject> sellerIs(long sellerId) {
        return change -> change.containsKey("sellerId") && change.getJsonNumber("sellerId").longValue() == sellerId;
    }

    private static List<Number> rateOf(JsonObject rate) {
        return List.of(rate.getInt("basisPoints"), rate.getJsonNumber("fixedAmount").intValue());
    }

    private static List<String> fields(Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals("validation_failed", reply.json().getString("error"));
        return reply.json().getJsonArray("fields").stream().map(field -> field.asJsonObject().getString("field")).distinct().sorted().toList();
    }
}
