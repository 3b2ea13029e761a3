package com.marketplace.platform.cart.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.cart.domain.Cart;
import com.marketplace.platform.cart.domain.CartLine;
import com.marketplace.platform.cart.domain.CartRefusal;
import com.marketplace.platform.cart.domain.ShelfProduct;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.InMemoryCartLines;
import com.marketplace.platform.fakes.InMemoryShelf;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CartsTest {

    private final InMemoryShelf shelf = new InMemoryShelf();
    private final InMemoryCartLines stored = new InMemoryCartLines();
    private final Carts carts = new Carts(shelf, stored, Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
    private final ShelfProduct mug = shelf.offer(1, 10, 1_200, "eur", 5);
    private final ShelfProduct poster = shelf.offer(2, 20, 900, "eur", 50);
    private final ShelfProduct dollarHat = shelf.offer(3, 20, 2_000, "usd", 50);
    private final BuyerId buyer = new BuyerId(7);

    @Test
    void aBuyersCartIsStoredLineByLine() {
        CartHolder cart = carts.storedFor(buyer);

        carts.add(cart, mug.id(), 2);
        carts.add(cart, poster.id(), 1);
        carts.change(cart, poster.id(), 4);
        carts.remove(cart, mug.id());

        assertEquals(List.of(new CartLine(poster.id(), 4)), stored.of(buyer));
    }

    @Test
    void aRefusedChangeLeavesTheStoredCartAsItWas() {
        CartHolder cart = carts.storedFor(buyer);
        carts.add(cart, mug.id(), 1);

        assertThrows(CartRefusal.class, () -> carts.add(cart, dollarHat.id(), 1));
        assertThrows(CartRefusal.class, () -> carts.change(cart, mug.id(), 6));

        assertEquals(List.of(new CartLine(mug.id(), 1)), stored.of(buyer));
    }

    @Test
    void aProductNotOnOfferCannotBeAdded() {
        shelf.withdraw(mug.id());

        assertEquals(CartRefusal.Reason.PRODUCT_NOT_FOUND,
                assertThrows(CartRefusal.class, () -> carts.add(carts.storedFor(buyer), mug.id(), 1)).reason());
    }

    @Test
    void pricesAreReadFromTheProductsWhenTheCartIsShown() {
        CartHolder cart = carts.storedFor(buyer);
        carts.add(cart, mug.id(), 2);
        carts.add(cart, poster.id(), 1);
        shelf.offer(2, 20, 1_000, "eur", 50);

        PricedCart priced = carts.show(cart);

        assertEquals(Optional.of(Money.of(2 * 1_200 + 1_000, "eur")), priced.total());
        assertTrue(priced.allBuyable());
    }

    @Test
    void aWithdrawnProductStaysShownButOutOfTheTotalAndBlocksTheCheckout() {
        CartHolder cart = carts.storedFor(buyer);
        carts.add(cart, mug.id(), 1);
        carts.add(cart, poster.id(), 1);
        shelf.withdraw(mug.id());

        PricedCart priced = carts.show(cart);

        assertEquals(2, priced.lines().size());
        assertEquals(Optional.of(Money.of(900, "eur")), priced.total());
        assertFalse(priced.allBuyable());
    }

    @Test
    void atSignInTheGuestCartJoinsTheStoredOneAndOtherCurrenciesAreLeftOut() {
        carts.add(carts.storedFor(buyer), poster.id(), 1);
        Cart guest = Cart.empty().add(mug, 2, shelf).add(poster, 1, shelf);

        List<CartLine> leftOut = carts.mergeAtSignIn(guest, buyer);

        assertEquals(List.of(new CartLine(poster.id(), 2), new CartLine(mug.id(), 2)), stored.of(buyer));
        assertTrue(leftOut.isEmpty());
        assertEquals(List.of(new CartLine(dollarHat.id(), 1)), carts.mergeAtSignIn(Cart.empty().add(dollarHat, 1, shelf), buyer));
        assertEquals(4, carts.count(carts.storedFor(buyer)));
    }

    @Test
    void anEmptyCartHasNoTotalAndCannotBeCheckedOut() {
        PricedCart priced = carts.show(carts.storedFor(new BuyerId(99)));

        assertTrue(priced.isEmpty());
        assertEquals(Optional.empty(), priced.total());
        assertFalse(priced.allBuyable());
        assertEquals(List.of(), priced.items());
        assertEquals(new ProductId(1), mug.id());
    }
}
