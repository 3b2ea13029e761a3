package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.web.it.support.CatalogRows;
import com.marketplace.web.it.support.CatalogRows.ProductRow;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Sellers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningMarketplace.class)
class ProductsApiIT {

    @Test
    void theCatalogListsExactlyTheActiveProductsOfActiveSellers() throws Exception {
        long potter = Sellers.insertRow("ACTIVE");
        long restricted = Sellers.insertRow("RESTRICTED");
        long mug = CatalogRows.insertProduct(potter, "Mug", 1500, "eur", 12, true);
        long hidden = CatalogRows.insertProduct(potter, "Draft poster", 900, "eur", 3, false);
        long teapot = CatalogRows.insertProduct(Sellers.insertRow("ACTIVE"), "Teapot", 4200, "usd", 1, true);
        long notSellable = CatalogRows.insertProduct(restricted, "Vase", 3000, "eur", 2, true);

        // Every page, however many products the other tests left in the shared database.
        List<JsonObject> items = new ArrayList<>();
        JsonArray page;
        do {
            Reply reply = RunningMarketplace.api().get("/api/products?limit=100&offset=" + items.size());
            assertEquals(200, reply.status(), reply.body());
            page = reply.json().getJsonArray("items");
            page.forEach(item -> items.add(item.asJsonObject()));
        } while (page.size() == 100);

        List<ProductRow> expected = CatalogRows.offeredProducts();
        assertEquals(expected.size(), items.size(), items.toString());
        for (int i = 0; i < expected.size(); i++) {
            assertProductEquals(expected.get(i), items.get(i));
        }
        List<Long> listed = items.stream().map(item -> item.getJsonNumber("id").longValue()).toList();
        assertTrue(listed.containsAll(List.of(mug, teapot)), listed.toString());
        assertFalse(listed.contains(hidden), "an inactive product must not be offered: " + listed);
        assertFalse(listed.contains(notSellable), "a restricted seller's product must not be offered: " + listed);
    }

    @Test
    void aProductIsShownWithItsPriceInMinorUnitsAndLowercaseCurrency() throws Exception {
        long seller = Sellers.insertRow("ACTIVE");
        long id = CatalogRows.insertProduct(seller, "Kyusu", 3800, "jpy", 5, true);

        Reply reply = RunningMarketplace.api().get("/api/products/" + id);

        assertEquals(200, reply.status(), reply.body());
        JsonObject product = reply.json();
        assertEquals("Kyusu", product.getString("name"));
        assertEquals(3800, product.getJsonObject("price").getJsonNumber("amount").longValue());
        assertEquals("jpy", product.getJsonObject("price").getString("currency"));
        assertEquals(seller, product.getJsonNumber("sellerId").longValue());
        assertEquals(5, product.getInt("stock"));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() throws Exception {
        long seller = Sellers.insertRow("ACTIVE");
        CatalogRows.insertProduct(seller, "Plate", 2000, "eur", 4, true);
        CatalogRows.insertProduct(seller, "Bowl", 1800, "eur", 4, true);
        List<ProductRow> expected = CatalogRows.offeredProducts();

        Reply second = RunningMarketplace.api().get("/api/products?offset=1&limit=1");

        assertEquals(200, second.status(), second.body());
        JsonObject page = second.json();
        assertEquals(1, page.getInt("offset"));
        assertEquals(1, page.getInt("limit"));
        assertEquals(expected.get(1).id(), page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    void anUnknownProductIsA404WithAJsonError() {
        Reply reply = RunningMarketplace.api().get("/api/products/987654321");

        assertEquals(404, reply.status());
        assertTrue(reply.isJson(), reply.contentType());
        assertEquals("product_not_found", reply.json().getString("error"));
        assertTrue(reply.json().getString("message").contains("987654321"), reply.body());
    }

    @Test
    void aProductThatIsNotOfferedIsNotFoundForBuyers() throws Exception {
        long draft = CatalogRows.insertProduct(Sellers.insertRow("ACTIVE"), "Draft", 1000, "eur", 1, false);
        long ofRestrictedSeller = CatalogRows.insertProduct(Sellers.insertRow("RESTRICTED"), "Paused", 1000, "eur", 1, true);

        assertEquals(404, RunningMarketplace.api().get("/api/products/" + draft).status());
        assertEquals(404, RunningMarketplace.api().get("/api/products/" + ofRestrictedSeller).status());
    }

    private static void assertProductEquals(ProductRow row, JsonObject json) {
        assertEquals(row.id(), json.getJsonNumber("id").longValue());
        assertEquals(row.sellerId(), json.getJsonNumber("sellerId").longValue());
        assertEquals(row.name(), json.getString("name"));
        assertEquals(row.description(), json.getString("description"));
        assertEquals(row.priceAmount(), json.getJsonObject("price").getJsonNumber("amount").longValue());
        assertEquals(row.currency(), json.getJsonObject("price").getString("currency"));
        assertEquals(row.stock(), json.getInt("stock"));
        assertEquals(row.active(), json.getBoolean("active"));
    }
}
