package com.marketplace.platform.cart.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.InMemoryShelf;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartTest {

    private final InMemoryShelf shelf = new InMemoryShelf();
    private final ShelfProduct mug = shelf.offer(1, 10, 1_200, "eur", 5);
    private final ShelfProduct poster = shelf.offer(2, 20, 900, "eur", 50);
    private final ShelfProduct dollarHat = shelf.offer(3, 20, 2_000, "usd", 50);

    @Test
    void productsOfSeveralSellersInOneCurrencyShareACart() {
        Cart cart = Cart.empty().add(mug, 2, shelf).add(poster, 1, shelf);

        assertEquals(List.of(new CartLine(mug.id(), 2), new CartLine(poster.id(), 1)), cart.lines());
        assertEquals(3, cart.itemCount());
    }

    @Test
    void aProductInAnotherCurrencyIsRefusedAsMixedCurrencies() {
        Cart cart = Cart.empty().add(mug, 1, shelf);

        CartRefusal refused = assertThrows(CartRefusal.class, () -> cart.add(dollarHat, 1, shelf));

        assertEquals(CartRefusal.Reason.MIXED_CURRENCIES, refused.reason());
        assertTrue(refused.getMessage().contains("EUR") && refused.getMessage().contains("USD"), refused.getMessage());
    }

    @Test
    void aLineWhoseProductIsNoLongerOfferedDoesNotSetTheCurrency() {
        Cart cart = Cart.empty().add(mug, 1, shelf);
        shelf.withdraw(mug.id());

        assertEquals(2, cart.add(dollarHat, 1, shelf).lines().size());
    }

    @Test
    void addingAProductAlreadyThereAddsToItsLine() {
        Cart cart = Cart.empty().add(poster, 2, shelf).add(poster, 3, shelf);

        assertEquals(List.of(new CartLine(poster.id(), 5)), cart.lines());
    }

    @Test
    void moreThanIsLeftIsRefusedSayingHowManyAreLeft() {
        Cart cart = Cart.empty().add(mug, 4, shelf);

        CartRefusal refused = assertThrows(CartRefusal.class, () -> cart.add(mug, 2, shelf));

        assertEquals(CartRefusal.Reason.INSUFFICIENT_STOCK, refused.reason());
        assertEquals("Only 5 of Product 1 left; your cart has 4.", refused.getMessage());
    }

    @Test
    void aQuantityChangesWithinOneAndWhatIsLeft() {
        Cart cart = Cart.empty().add(mug, 1, shelf);

        assertEquals(5, cart.change(mug, 5).line(mug.id()).orElseThrow().quantity());
        assertEquals(CartRefusal.Reason.INSUFFICIENT_STOCK, assertThrows(CartRefusal.class, () -> cart.change(mug, 6)).reason());
        assertEquals(CartRefusal.Reason.VALIDATION_FAILED, assertThrows(CartRefusal.class, () -> cart.change(mug, 0)).reason());
        assertEquals(CartRefusal.Reason.VALIDATION_FAILED, assertThrows(CartRefusal.class, () -> cart.add(poster, 1_001, shelf)).reason());
    }

    @Test
    void changingALineTheCartDoesNotHaveIsRefused() {
        assertEquals(CartRefusal.Reason.PRODUCT_NOT_FOUND, assertThrows(CartRefusal.class, () -> Cart.empty().change(mug, 1)).reason());
    }

    @Test
    void removingALineLeavesTheOthers() {
        Cart cart = Cart.empty().add(mug, 1, shelf).add(poster, 1, shelf).remove(mug.id());

        assertEquals(List.of(new CartLine(poster.id(), 1)), cart.lines());
    }

    @Test
    void aGuestCartMergesIntoTheStoredOneAddingQuantitiesOfTheSameProduct() {
        Cart stored = Cart.empty().add(poster, 2, shelf);
        Cart guest = Cart.empty().add(mug, 1, shelf).add(poster, 3, shelf);

        Cart.Merged merged = stored.merge(guest, shelf);

        assertEquals(List.of(new CartLine(poster.id(), 5), new CartLine(mug.id(), 1)), merged.cart().lines());
        assertTrue(merged.leftOut().isEmpty());
    }

    @Test
    void guestLinesInAnotherCurrencyThanTheStoredCartAreLeftOut() {
        Cart stored = Cart.empty().add(mug, 1, shelf);
        Cart guest = Cart.empty().add(dollarHat, 1, shelf);

        Cart.Merged merged = stored.merge(guest, shelf);

        assertEquals(List.of(new CartLine(mug.id(), 1)), merged.cart().lines());
        assertEquals(List.of(new CartLine(dollarHat.id(), 1)), merged.leftOut());
    }

    @Test
    void aMergedLineHoldsAtMostTheCartsBound() {
        Cart stored = Cart.of(List.of(new CartLine(poster.id(), 900)));
        Cart guest = Cart.of(List.of(new CartLine(poster.id(), 900)));

        assertEquals(Cart.MAX_QUANTITY, stored.merge(guest, shelf).cart().line(poster.id()).orElseThrow().quantity());
    }

    @Test
    void aStoredCartNamingAProductTwiceKeepsItsFirstLine() {
        assertEquals(List.of(new CartLine(new ProductId(2), 1)),
                Cart.of(List.of(new CartLine(new ProductId(2), 1), new CartLine(new ProductId(2), 7))).lines());
    }
}
