package com.marketplace.web.it.pages.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.TestMariaDb;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import com.marketplace.web.it.support.Shop;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop's pages are linked by cursor (docs/read-paths.md): "Older products" and "Newer
 * products" walk a seller's 250 products, 100 to a page, each once, and an old {@code ?page=}
 * link still answers.
 */
@ExtendWith(RunningMarketplace.class)
class StorefrontCursorPagingIT {

    private static final Pattern CARD = Pattern.compile("data-product-id=\"(\\d+)\"");

    @Test
    void olderAndNewerLinksWalkEveryProductOnceEachWay() throws Exception {
        long seller = Sellers.insertRow("ACTIVE");
        Shop.execute("INSERT INTO products (seller_id, name, description, price_amount, currency, stock, active, created_at, updated_at)"
                + " SELECT ?, CONCAT('Walked cup ', seq), 'A cup to page through', 700, 'eur', 2, TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                + " FROM seq_1_to_250", seller);
        List<Long> newestFirst = productIds(seller);
        String shop = "/shops/" + seller;

        List<List<Long>> pages = new ArrayList<>();
        Page page = get(shop);
        assertFalse(page.body().contains("id=\"newer-products\""), "the first page has nothing newer");
        while (true) {
            pages.add(cards(page));
            Optional<String> older = link(page, "older-products");
            if (older.isEmpty()) {
                break;
            }
            assertTrue(older.get().contains("starting_after="), older.get());
            page = get(older.get());
        }
        assertEquals(List.of(100, 100, 50), pages.stream().map(List::size).toList());
        assertEquals(newestFirst, pages.stream().flatMap(List::stream).toList(), "every product once, newest first");

        // Back from the last page: the newer links give the same pages.
        Page back = get(link(page, "newer-products").orElseThrow());
        assertTrue(link(back, "newer-products").orElseThrow().contains("ending_before="));
        assertEquals(pages.get(1), cards(back));
        Page first = get(link(back, "newer-products").orElseThrow());
        assertEquals(pages.get(0), cards(first));
        assertTrue(link(first, "newer-products").isEmpty(), "back at the newest page: " + first.body());
        assertTrue(link(first, "older-products").isPresent());

        Page numbered = get(shop + "?page=2");
        assertEquals(pages.get(1), cards(numbered), "a ?page= link still answers");
        assertEquals(pages.get(0), cards(get(shop + "?starting_after=not-an-id")), "a cursor edited by hand shows the first page");
    }

    private static List<Long> productIds(long seller) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement select = connection.prepareStatement("SELECT id FROM products WHERE seller_id = ? ORDER BY id DESC")) {
            select.setLong(1, seller);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Page get(String path) {
        Page page = PageClient.forMarketplace().get(path.replace("&amp;", "&"));
        assertEquals(200, page.status(), page.body());
        return page;
    }

    private static List<Long> cards(Page page) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = CARD.matcher(page.body());
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static Optional<String> link(Page page, String id) {
        Matcher matcher = Pattern.compile("<a href=\"([^\"]+)\" id=\"" + id + "\"").matcher(page.body());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
