package com.marketplace.platform.cart.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a buyer means to buy: lines of products, one line per product, in the order they were
 * added, from any sellers but in one currency (one payment). Immutable: every move answers the cart
 * it makes, or refuses and the cart stays as it was.
 *
 * <p>Lifecycle: empty; {@link #add} puts a product in (or more of one already there), {@link #change}
 * sets a line's quantity, {@link #remove} takes a line out; at sign-in a guest's cart is
 * {@link #merge merged} into the buyer's stored one. The cart holds no prices: the currency it is in
 * is that of its products as they are now ({@link Shelf}), and a product no longer on offer counts
 * for nothing until it is back. Stock is checked against what is left now; the payment's
 * confirmation checks it again, since stock can go between now and then.
 */
public final class Cart {

    /** The most of one product a cart holds; the checkout's bound. */
    public static final int MAX_QUANTITY = 1_000;

    private final List<CartLine> lines;

    private Cart(List<CartLine> lines) {
        this.lines = List.copyOf(lines);
    }

    public static Cart empty() {
        return new Cart(List.of());
    }

    /** A cart of stored lines; a product named twice keeps its first line. */
    public static Cart of(List<CartLine> lines) {
        List<CartLine> distinct = new ArrayList<>();
        for (CartLine line : lines) {
            if (distinct.stream().noneMatch(kept -> kept.product().equals(line.product()))) {
                distinct.add(line);
            }
        }
        return new Cart(distinct);
    }

    public List<CartLine> lines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** How many items, all lines together (the header's count). */
    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }

    public Optional<CartLine> line(ProductId product) {
        return lines.stream().filter(line -> line.product().equals(product)).findFirst();
    }

    /** The currency of the cart's products on offer now; empty while none is. */
    public Optional<CurrencyCode> currency(Shelf shelf) {
        return lines.stream().map(line -> shelf.offered(line.product())).flatMap(Optional::stream)
                .map(product -> product.unitPrice().currency()).findFirst();
    }

    /**
     * {@code quantity} more of {@code product}: refused when it is priced in another currency than
     * the cart's products, or when the line would hold more than is left or than a cart holds.
     */
    public Cart add(ShelfProduct product, int quantity, Shelf shelf) {
        requireQuantity(quantity);
        Optional<CurrencyCode> currency = without(product.id()).currency(shelf);
        CurrencyCode wanted = product.unitPrice().currency();
        if (currency.isPresent() && !currency.get().equals(wanted)) {
            throw new CartRefusal(CartRefusal.Reason.MIXED_CURRENCIES, "Your cart is in " + currency.get().value().toUpperCase()
                    + " and " + product.name() + " is priced in " + wanted.value().toUpperCase()
                    + ": one payment is in one currency. Check out or empty your cart first.");
        }
        int already = line(product.id()).map(CartLine::quantity).orElse(0);
        long total = (long) already + quantity;
        if (total > MAX_QUANTITY) {
            throw new CartRefusal(CartRefusal.Reason.VALIDATION_FAILED, "A cart holds at most " + MAX_QUANTITY + " of one product"
                    + (already > 0 ? "; yours has " + already + " of " + product.name() + " already." : "."));
        }
        requireStock(product, (int) total, already);
        return with(new CartLine(product.id(), (int) total));
    }

    /** The line of {@code product} set to {@code quantity}: 1 to what is left (and at most {@link #MAX_QUANTITY}). */
    public Cart change(ShelfProduct product, int quantity) {
        int already = line(product.id()).map(CartLine::quantity)
                .orElseThrow(() -> new CartRefusal(CartRefusal.Reason.PRODUCT_NOT_FOUND, product.name() + " is not in your cart."));
        requireQuantity(quantity);
        requireStock(product, quantity, already);
        return with(new CartLine(product.id(), quantity));
    }

    /** The cart without the line of {@code product} (the same cart when it has none). */
    public Cart remove(ProductId product) {
        return without(product);
    }

    /**
     * At sign-in, a guest's lines join this (the buyer's stored) cart: a product in both gets both
     * quantities (at most {@link #MAX_QUANTITY}); a product in another currency than this cart's is
     * left out, since one payment is in one currency. Stock is not checked here: the cart page shows
     * what is left, and the checkout refuses what is not.
     */
    public Merged merge(Cart guest, Shelf shelf) {
        Cart merged = this;
        List<CartLine> leftOut = new ArrayList<>();
        Optional<CurrencyCode> currency = currency(shelf);
        for (CartLine line : guest.lines) {
            Optional<CurrencyCode> lineCurrency = shelf.offered(line.product()).map(product -> product.unitPrice().currency());
            if (currency.isPresent() && lineCurrency.isPresent() && !currency.get().equals(lineCurrency.get())) {
                leftOut.add(line);
                continue;
            }
            int already = merged.line(line.product()).map(CartLine::quantity).orElse(0);
            merged = merged.with(new CartLine(line.product(), Math.min(MAX_QUANTITY, already + line.quantity())));
            currency = currency.or(() -> lineCurrency);
        }
        return new Merged(merged, leftOut);
    }

    /** The cart after a merge, and the guest's lines that could not join it. */
    public record Merged(Cart cart, List<CartLine> leftOut) {

        public Merged {
            leftOut = List.copyOf(leftOut);
        }
    }

    private static void requireQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new CartRefusal(CartRefusal.Reason.VALIDATION_FAILED, "Quantity must be between 1 and " + MAX_QUANTITY + ".");
        }
    }

    private static void requireStock(ShelfProduct product, int wanted, int already) {
        if (wanted > product.stock()) {
            String left = product.stock() < 1 ? product.name() + " is sold out" : "Only " + product.stock() + " of " + product.name() + " left";
            throw new CartRefusal(CartRefusal.Reason.INSUFFICIENT_STOCK, left
                    + (already > 0 ? "; your cart has " + already + "." : "."));
        }
    }

    private Cart with(CartLine changed) {
        List<CartLine> next = new ArrayList<>(lines);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).product().equals(changed.product())) {
                next.set(i, changed);
                return new Cart(next);
            }
        }
        next.add(changed);
        return new Cart(next);
    }

    private Cart without(ProductId product) {
        return new Cart(lines.stream().filter(line -> !line.product().equals(product)).toList());
    }
}
