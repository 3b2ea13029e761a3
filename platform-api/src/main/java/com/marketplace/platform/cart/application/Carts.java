package com.marketplace.platform.cart.application;

import com.marketplace.platform.cart.domain.Cart;
import com.marketplace.platform.cart.domain.CartLine;
import com.marketplace.platform.cart.domain.CartLines;
import com.marketplace.platform.cart.domain.CartRefusal;
import com.marketplace.platform.cart.domain.Shelf;
import com.marketplace.platform.cart.domain.ShelfProduct;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cart's use cases, called by the cart page and the cart API alike, on a guest's cart (held by
 * the page session) or a signed-in buyer's ({@link #storedFor}). Each reads the products as they are
 * now, lets the {@link Cart} decide, and writes back the one line that changed, in one transaction.
 */
@ApplicationScoped
public class Carts {

    private Shelf shelf;
    private CartLines stored;
    private Clock clock;

    protected Carts() {
        // for CDI proxies
    }

    @Inject
    public Carts(Shelf shelf, CartLines stored) {
        this(shelf, stored, Clock.systemUTC());
    }

    public Carts(Shelf shelf, CartLines stored, Clock clock) {
        this.shelf = shelf;
        this.stored = stored;
        this.clock = clock;
    }

    /** A signed-in buyer's cart, kept in {@code cart_lines}. */
    public CartHolder storedFor(BuyerId buyer) {
        return new StoredCart(buyer);
    }

    /** The cart with today's prices. */
    public PricedCart show(CartHolder holder) {
        Cart cart = holder.cart();
        List<PricedCart.PricedLine> lines = new ArrayList<>();
        Optional<Money> total = Optional.empty();
        for (CartLine line : cart.lines()) {
            Optional<ShelfProduct> product = shelf.offered(line.product());
            PricedCart.PricedLine priced = new PricedCart.PricedLine(line.product(), line.quantity(), product);
            lines.add(priced);
            if (priced.lineTotal().isPresent()) {
                Money amount = priced.lineTotal().get();
                total = Optional.of(total.map(sum -> new Money(Math.addExact(sum.minorUnits(), amount.minorUnits()), sum.currency()))
                        .orElse(amount));
            }
        }
        return new PricedCart(lines, total);
    }

    /** How many items the cart holds (the header's count); no product is read. */
    public int count(CartHolder holder) {
        return holder.cart().itemCount();
    }

    @Transactional
    public void add(CartHolder holder, ProductId product, int quantity) {
        Cart next = holder.cart().add(offered(product), quantity, shelf);
        holder.put(next.line(product).orElseThrow());
    }

    @Transactional
    public void change(CartHolder holder, ProductId product, int quantity) {
        Cart next = holder.cart().change(offeredOrInCart(holder, product), quantity);
        holder.put(next.line(product).orElseThrow());
    }

    @Transactional
    public void remove(CartHolder holder, ProductId product) {
        holder.remove(product);
    }

    @Transactional
    public void clear(CartHolder holder) {
        holder.clear();
    }

    /**
     * At sign-in: the guest's lines join the buyer's stored cart (see {@link Cart#merge}); answers the
     * lines left out for being in another currency, for the page to say so.
     */
    @Transactional
    public List<CartLine> mergeAtSignIn(Cart guest, BuyerId buyer) {
        CartHolder holder = storedFor(buyer);
        Cart before = holder.cart();
        Cart.Merged merged = before.merge(guest, shelf);
        for (CartLine line : merged.cart().lines()) {
            if (!before.line(line.product()).equals(Optional.of(line))) {
                holder.put(line);
            }
        }
        return merged.leftOut();
    }

    private ShelfProduct offered(ProductId product) {
        return shelf.offered(product)
                .orElseThrow(() -> new CartRefusal(CartRefusal.Reason.PRODUCT_NOT_FOUND, "This product is not on sale."));
    }

    // A line whose product was withdrawn can still be removed, not changed.
    private ShelfProduct offeredOrInCart(CartHolder holder, ProductId product) {
        if (holder.cart().line(product).isEmpty()) {
            throw new CartRefusal(CartRefusal.Reason.PRODUCT_NOT_FOUND, "That product is not in your cart.");
        }
        return offered(product);
    }

    private final class StoredCart implements CartHolder {

        private final BuyerId buyer;

        StoredCart(BuyerId buyer) {
            this.buyer = buyer;
        }

        @Override
        public Cart cart() {
            return Cart.of(stored.of(buyer));
        }

        @Override
        public void put(CartLine line) {
            stored.put(buyer, line, clock.instant());
        }

        @Override
        public void remove(ProductId product) {
            stored.remove(buyer, product);
        }

        @Override
        public void clear() {
            stored.clear(buyer);
        }
    }
}
