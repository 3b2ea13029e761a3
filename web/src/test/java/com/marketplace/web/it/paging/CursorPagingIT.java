package com.marketplace.web.it.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.TestMariaDb;
import com.marketplace.web.it.support.CatalogRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stripe-style cursors on the API's lists (docs/read-paths.md): a walk by {@code starting_after}
 * sees every row once while rows are added ahead of it, {@code ending_before} walks back, and
 * {@code has_more} ends the walk. Each test lists a seller of its own, so the shared instance's
 * other rows never enter its pages.
 */
@ExtendWith(RunningMarketplace.class)
class CursorPagingIT {

    private static final int ROWS = 1_000;
    private static final int LIMIT = 50;

    @Test
    void aWalkByStartingAfterSeesEveryOrderOnceWhileNewOrdersArrive() throws Exception {
        long seller = Sellers.insertRow("ACTIVE");
        long product = CatalogRows.insertProduct(seller, "Paged mug", 1200, "eur", 5, true);
        long purchase = insertPurchase();
        insertOrders(seller, product, purchase, ROWS);
        List<Long> before = orderIds(seller);
        String path = "/api/sellers/" + seller + "/orders?limit=" + LIMIT;

        AtomicBoolean walking = new AtomicBoolean(true);
        AtomicInteger added = new AtomicInteger();
        Thread arrivals = new Thread(() -> {
            try {
                while (walking.get()) {
                    insertOrders(seller, product, purchase, 3);
                    added.addAndGet(3);
                    Thread.sleep(5);
                }
            } catch (SQLException | InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        List<Long> seen = new ArrayList<>();
        Reply page = asAdmin(path);
        arrivals.start();
        try {
            while (true) {
                List<Long> ids = ids(page);
                seen.addAll(ids);
                if (!"true".equals(page.header("Has-More")) || seen.size() > 2 * ROWS) {
                    break;
                }
                page = asAdmin(path + "&starting_after=" + ids.get(ids.size() - 1));
            }
        } finally {
            walking.set(false);
            arrivals.join();
        }

        assertTrue(added.get() > 0, "orders were added during the walk");
        assertEquals(ROWS, seen.size(), "every order once, none twice: " + duplicates(seen));
        assertEquals(before, seen, "newest first, no gap, no repeat");
        assertEquals("false", page.header("Has-More"), "the oldest page says the list ends");
    }

    @Test
    void endingBeforeWalksBackToTheNewestPage() throws Exception {
        long seller = Sellers.insertRow("ACTIVE");
        long product = CatalogRows.insertProduct(seller, "Paged bowl", 1500, "eur", 5, true);
        insertOrders(seller, product, insertPurchase(), 120);
        List<Long> all = orderIds(seller);
        String path = "/api/sellers/" + seller + "/orders?limit=" + LIMIT;

        // Back from the oldest order: the pages come newest-first inside, nearest the cursor first.
        List<Long> seen = new ArrayList<>();
        Reply page = asAdmin(path + "&ending_before=" + all.get(all.size() - 1));
        List<List<Long>> pages = new ArrayList<>();
        while (true) {
            List<Long> ids = ids(page);
            pages.add(0, ids);
            if (!"true".equals(page.header("Has-More")) || pages.size() > all.size()) {
                break;
            }
            page = asAdmin(path + "&ending_before=" + ids.get(0));
        }
        pages.forEach(seen::addAll);

        assertEquals(all.subList(0, all.size() - 1), seen);
        assertEquals(LIMIT, pages.get(pages.size() - 1).size(), "the page nearest the cursor is full");
        assertEquals(all.subList(all.size() - 1 - LIMIT, all.size() - 1), pages.get(pages.size() - 1));
    }

    @Test
    void theCatalogPagesByCursorWithHasMore() throws Exception {
        long seller = Sellers.insertRow("ACTIVE");
        CatalogRows.insertProduct(seller, "Older plate", 800, "eur", 3, true);
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            mine.add(CatalogRows.insertProduct(seller, "Cursor plate " + i, 900 + i, "eur", 3, true));
        }

        Reply first = RunningMarketplace.api().get("/api/products?limit=3&starting_after=" + (mine.get(0) - 1));
        JsonObject firstPage = first.json();
        assertEquals(200, first.status(), first.body());
        assertEquals(mine.subList(0, 3), productIds(firstPage));
        assertTrue(firstPage.getBoolean("has_more"));

        JsonObject next = RunningMarketplace.api().get("/api/products?limit=3&starting_after=" + mine.get(2)).json();
        assertEquals(mine.subList(3, 6), productIds(next));

        JsonObject back = RunningMarketplace.api().get("/api/products?limit=3&ending_before=" + mine.get(3)).json();
        assertEquals(mine.subList(0, 3), productIds(back), "ending_before answers the page before, oldest first");
        assertTrue(back.getBoolean("has_more"), "the older plate is before the page");
    }

    @Test
    void theAdminsSellerListPagesByCursorToo() throws Exception {
        List<Long> sellers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sellers.add(Sellers.insertRow("ACTIVE"));
        }

        Reply first = asAdmin("/api/admin/sellers?limit=2&starting_after=" + (sellers.get(0) - 1));
        Reply back = asAdmin("/api/admin/sellers?limit=2&ending_before=" + sellers.get(2));

        assertEquals(sellers.subList(0, 2), ids(first));
        assertEquals("true", first.header("Has-More"));
        assertEquals(sellers.subList(0, 2), ids(back), "the two sellers before the third, oldest first");
        assertRefused(RunningMarketplace.api().get("/api/admin/sellers?offset=10001", "Authorization",
                RunningMarketplace.adminAuthorization()), "offset");
    }

    @Test
    void aCursorThatIsNotAnIdOrTwoCursorsAreRefusedNamingTheField() throws Exception {
        long seller = Sellers.insertRow("ACTIVE");
        String orders = "/api/sellers/" + seller + "/orders";

        assertRefused(RunningMarketplace.api().get("/api/products?starting_after=abc"), "starting_after");
        assertRefused(RunningMarketplace.api().get("/api/products?ending_before=-4"), "ending_before");
        assertRefused(RunningMarketplace.api().get("/api/products?starting_after=5&ending_before=9"), "ending_before");
        assertRefused(RunningMarketplace.api().get("/api/products?offset=10001"), "offset");
        assertRefused(RunningMarketplace.api().get(orders + "?starting_after=1.5", "Authorization",
                RunningMarketplace.adminAuthorization()), "starting_after");
        assertRefused(RunningMarketplace.api().get("/api/admin/orders?ending_before=x", "Authorization",
                RunningMarketplace.adminAuthorization()), "ending_before");
        assertRefused(RunningMarketplace.api().get("/api/plans?starting_after=x"), "starting_after");
        assertEquals(200, RunningMarketplace.api().get("/api/products?offset=10000").status(), "the bound itself is allowed");
    }

    private static void assertRefused(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertEquals("validation_failed", body.getString("error"));
        assertTrue(body.getString("message").contains(field), body.toString());
        assertTrue(body.getJsonArray("fields").stream().anyMatch(f -> field.equals(f.asJsonObject().getString("field"))), body.toString());
    }

    private static Reply asAdmin(String path) {
        Reply reply = RunningMarketplace.api().get(path, "Authorization", RunningMarketplace.adminAuthorization());
        assertEquals(200, reply.status(), reply.body());
        return reply;
    }

    private static List<Long> ids(Reply reply) {
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            JsonArray array = reader.readArray();
            return array.stream().map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
        }
    }

    private static List<Long> productIds(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static Set<Long> duplicates(List<Long> ids) {
        Set<Long> once = new HashSet<>();
        Set<Long> twice = new HashSet<>();
        ids.forEach(id -> (once.add(id) ? once : twice).add(id));
        return twice;
    }

    private static long insertPurchase() throws SQLException {
        String key = UUID.randomUUID().toString();
        Shop.execute("INSERT INTO purchases (request_key, currency, routing, amount_total, created_at, updated_at)"
                + " VALUES (?, 'eur', 'DIRECT', 1200, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", key);
        return Shop.longValue("SELECT id FROM purchases WHERE request_key = ?", key);
    }

    /**
     * {@code count} orders of the seller, written in one statement (MariaDB's sequence table) for speed.
     * EXPIRED, a settled status: PENDING rows without a session would be the order reconciler's work
     * (it would try to create their sessions at Stripe), and the reconciler's own tests share this database.
     */
    private static void insertOrders(long seller, long product, long purchase, int count) throws SQLException {
        Shop.execute("INSERT INTO orders (request_key, buyer_token_hash, seller_id, product_id, product_name, quantity, unit_amount,"
                + " currency, amount_subtotal, amount_total, fee_basis_points, fee_fixed_amount, application_fee_amount, charge_type,"
                + " stripe_account_id, status, created_at, updated_at, purchase_id)"
                + " SELECT UUID(), SHA2(CONCAT(?, '-', seq, '-', UUID()), 256), ?, ?, 'Paged order', 1, 1200, 'eur', 1200, 1200, 0, 0, 0,"
                + " 'DIRECT', 'acct_paged', 'EXPIRED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ? FROM seq_1_to_" + count,
                seller, seller, product, purchase);
    }

    /** The seller's orders as the list must give them: newest first. */
    private static List<Long> orderIds(long seller) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             var select = connection.prepareStatement("SELECT id FROM orders WHERE seller_id = ? ORDER BY id DESC")) {
            select.setLong(1, seller);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
