package com.marketplace.platform.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.ids.SellerId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final SellerId SELLER = new SellerId(7);
    private static final Instant CREATED = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant EDITED = Instant.parse("2024-05-02T10:00:00Z");

    private static Product mug() {
        return Product.create(SELLER, new ProductDetails("  Mug ", " A blue mug ", Money.of(1500, "eur"), 10, false), CREATED);
    }

    private static ProductChanges nothing() {
        return new ProductChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    @Test
    void aCreatedProductKeepsTheSellersDetailsStripped() {
        Product product = mug();

        assertEquals(SELLER, product.sellerId());
        assertEquals("Mug", product.name());
        assertEquals("A blue mug", product.description());
        assertEquals(Money.of(1500, "eur"), product.price());
        assertEquals(10, product.stock());
        assertFalse(product.isActive());
        assertEquals(CREATED, product.updatedAt());
    }

    @Test
    void aProductMayBeCreatedActive() {
        Product product = Product.create(SELLER, new ProductDetails("Mug", null, Money.of(1500, "eur"), 0, true), CREATED);

        assertTrue(product.isActive());
        assertEquals("", product.description());
        assertEquals(0, product.stock());
    }

    @Test
    void aNegativeStockIsRefusedAtCreation() {
        ProductDetails details = new ProductDetails("Mug", "", Money.of(1500, "eur"), -1, false);

        assertThrows(IllegalArgumentException.class, () -> Product.create(SELLER, details, CREATED));
    }

    @Test
    void aZeroPriceIsRefusedAtCreation() {
        ProductDetails details = new ProductDetails("Mug", "", Money.of(0, "eur"), 1, false);

        assertThrows(IllegalArgumentException.class, () -> Product.create(SELLER, details, CREATED));
    }

    @Test
    void aNegativePriceIsRefusedAtCreation() {
        ProductDetails details = new ProductDetails("Mug", "", Money.of(-100, "eur"), 1, false);

        assertThrows(IllegalArgumentException.class, () -> Product.create(SELLER, details, CREATED));
    }

    @Test
    void anEmptyChangeKeepsEverythingButTheEditTime() {
        Product product = mug();

        product.change(nothing(), EDITED);

        assertEquals("Mug", product.name());
        assertEquals("A blue mug", product.description());
        assertEquals(Money.of(1500, "eur"), product.price());
        assertEquals(10, product.stock());
        assertFalse(product.isActive());
        assertEquals(EDITED, product.updatedAt());
    }

    @Test
    void onlyThePresentFieldsChange() {
        Product product = mug();

        product.change(new ProductChanges(Optional.of(" Big mug "), Optional.empty(), Optional.of(2500L), Optional.empty(),
                Optional.empty(), Optional.of(true)), EDITED);

        assertEquals("Big mug", product.name());
        assertEquals("A blue mug", product.description());
        assertEquals(Money.of(2500, "eur"), product.price());
        assertEquals(10, product.stock());
        assertTrue(product.isActive());
    }

    @Test
    void everyFieldCanChange() {
        Product product = mug();

        product.change(new ProductChanges(Optional.of("Cup"), Optional.of("A red cup"), Optional.of(900L), Optional.of("USD"),
                Optional.of(3), Optional.of(true)), EDITED);

        assertEquals("Cup", product.name());
        assertEquals("A red cup", product.description());
        assertEquals(Money.of(900, "usd"), product.price());
        assertEquals(3, product.stock());
        assertTrue(product.isActive());
    }

    @Test
    void aCurrencyAloneChangesTheCurrencyAndKeepsTheAmount() {
        Product product = mug();

        product.change(new ProductChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("usd"),
                Optional.empty(), Optional.empty()), EDITED);

        assertEquals(Money.of(1500, "usd"), product.price());
    }

    @Test
    void stockCanBeSetToZero() {
        Product product = mug();

        product.change(new ProductChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(0), Optional.empty()), EDITED);

        assertEquals(0, product.stock());
    }

    @Test
    void aNegativeStockIsRefusedOnChange() {
        Product product = mug();
        ProductChanges negative = new ProductChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(-1), Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> product.change(negative, EDITED));
        assertEquals(10, product.stock());
    }

    @Test
    void aNonPositivePriceIsRefusedOnChange() {
        Product product = mug();
        ProductChanges free = new ProductChanges(Optional.empty(), Optional.empty(), Optional.of(0L), Optional.empty(),
                Optional.empty(), Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> product.change(free, EDITED));
        assertEquals(Money.of(1500, "eur"), product.price());
    }

    @Test
    void anUnknownCurrencyIsRefusedOnChange() {
        Product product = mug();
        ProductChanges unknown = new ProductChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("xyz"),
                Optional.empty(), Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> product.change(unknown, EDITED));
        assertEquals(Money.of(1500, "eur"), product.price());
    }

    @Test
    void aNewCountIsRefusedWhenTheStockIsNoLongerTheOneTheSellerSaw() {
        Product product = mug();
        ProductChanges overSale = new ProductChanges(Optional.of("Big mug"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(12), Optional.empty(), Optional.of(13));

        StockChangedMeanwhile refused = assertThrows(StockChangedMeanwhile.class, () -> product.change(overSale, EDITED));

        assertEquals(13, refused.expectedStock());
        assertEquals(10, refused.currentStock());
        assertTrue(refused.getMessage().contains("it was 13 and is now 10"), refused.getMessage());
        assertEquals(10, product.stock());
        assertEquals("Mug", product.name(), "nothing of a refused change is applied");
        assertEquals(CREATED, product.updatedAt());
    }

    @Test
    void aNewCountReplacesTheStockTheSellerSaw() {
        Product product = mug();

        product.change(new ProductChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(12), Optional.empty(), Optional.of(10)), EDITED);

        assertEquals(12, product.stock());
    }

    @Test
    void anExpectedStockGuardsEveryFieldOfTheChange() {
        Product product = mug();
        ProductChanges rename = new ProductChanges(Optional.of("Big mug"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(9));

        assertThrows(StockChangedMeanwhile.class, () -> product.change(rename, EDITED));
        assertEquals("Mug", product.name());
    }

    @Test
    void aChangeThatLeavesTheStockOutExpectsNothingOfIt() {
        Product product = mug();

        product.change(new ProductChanges(Optional.of("Big mug"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), EDITED);

        assertEquals("Big mug", product.name());
        assertEquals(10, product.stock());
    }

    @Test
    void aProductCanBeDeactivatedByItsSeller() {
        Product product = Product.create(SELLER, new ProductDetails("Mug", "", Money.of(1500, "eur"), 1, true), CREATED);

        product.change(new ProductChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(false)), EDITED);

        assertFalse(product.isActive());
    }

    @Test
    void withdrawingDeactivatesTheProduct() {
        Product product = Product.create(SELLER, new ProductDetails("Mug", "", Money.of(1500, "eur"), 1, true), CREATED);

        product.withdraw(EDITED);

        assertFalse(product.isActive());
        assertEquals(EDITED, product.updatedAt());
        assertEquals(Money.of(1500, "eur"), product.price());
        assertEquals(1, product.stock());
    }

    @Test
    void activatesIsTrueOnlyWhenTheChangeSetsActive() {
        assertTrue(new ProductChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(true)).activates());
        assertFalse(new ProductChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(false)).activates());
        assertFalse(nothing().activates());
    }
}
