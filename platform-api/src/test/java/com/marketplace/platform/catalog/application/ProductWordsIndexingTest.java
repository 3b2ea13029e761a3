package com.marketplace.platform.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.catalog.domain.CatalogRefusal;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.fakes.InMemoryProductImages;
import com.marketplace.platform.fakes.InMemoryProductWordIndex;
import com.marketplace.platform.fakes.InMemoryProducts;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.sellers.ChargeType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog keeps the search index true to each product's words as the seller writes them. */
class ProductWordsIndexingTest {

    private static final SellerId POTTER = new SellerId(1);
    private static final SellerId WEAVER = new SellerId(2);

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryProductWordIndex index = new InMemoryProductWordIndex();
    private final ProductCatalog catalog = new ProductCatalog(products, new InMemoryProductImages(),
            new InMemorySellerDirectory().active(POTTER, ChargeType.DIRECT, "acct_potter"), index);

    private Product walnutBowl() {
        return catalog.create(POTTER, new NewProduct("Walnut bowl", "Oiled walnut", 2450L, "eur", 3, true));
    }

    @Test
    void aNewProductIsIndexedUnderTheWordsOfItsNameAndDescription() {
        Product bowl = walnutBowl();

        assertEquals(Map.of("walnut", 3, "bowl", 2, "oiled", 1), index.wordsOf(bowl.id()));
    }

    @Test
    void renamingAProductReplacesItsWords() {
        Product bowl = walnutBowl();

        catalog.change(bowl.id(), new ProductEdit("Cedar tray", null, null, null, null, null, null), Caller.seller(POTTER));

        assertEquals(Map.of("cedar", 2, "tray", 2, "oiled", 1, "walnut", 1), index.wordsOf(bowl.id()));
    }

    @Test
    void aNewDescriptionReplacesItsWordsToo() {
        Product bowl = walnutBowl();

        catalog.change(bowl.id(), new ProductEdit(null, "Food safe", null, null, null, null, null), Caller.seller(POTTER));

        assertEquals(Map.of("walnut", 2, "bowl", 2, "food", 1, "safe", 1), index.wordsOf(bowl.id()));
    }

    @Test
    void aChangeOfPriceOrStockLeavesTheIndexAlone() {
        Product bowl = walnutBowl();

        catalog.change(bowl.id(), new ProductEdit(null, null, 2600L, null, 7, null, null), Caller.seller(POTTER));

        assertEquals(1, index.timesIndexed(bowl.id()));
    }

    @Test
    void aRefusedChangeIndexesNothing() {
        Product bowl = walnutBowl();

        assertThrows(CatalogRefusal.class, () -> catalog.change(bowl.id(),
                new ProductEdit("Stolen bowl", null, null, null, null, null, null), Caller.seller(WEAVER)));

        assertEquals(Map.of("walnut", 3, "bowl", 2, "oiled", 1), index.wordsOf(bowl.id()));
    }
}
