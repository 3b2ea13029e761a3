package com.marketplace.platform.cart.application;

import com.marketplace.platform.cart.domain.CartLine;
import com.marketplace.platform.cart.domain.ShelfProduct;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * A cart with today's prices, read from the products as it is shown: what each line costs, and the
 * total of the lines that can be bought now.
 *
 * @param total empty while no line can be bought (an empty cart, or only products no longer on offer)
 */
public record PricedCart(List<PricedLine> lines, Optional<Money> total) {

    public PricedCart {
        lines = List.copyOf(lines);
    }

    /**
     * A line as it is now.
     *
     * @param product empty when the product is no longer on offer: the line stays, shown as unavailable, out of the total
     */
    public record PricedLine(ProductId productId, int quantity, Optional<ShelfProduct> product) {

        public Optional<Money> lineTotal() {
            return product.map(offered -> offered.unitPrice().times(quantity));
        }

        /** On offer, and with enough left for the quantity asked. */
        public boolean buyable() {
            return product.map(offered -> offered.stock() >= quantity).orElse(false);
        }
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int itemCount() {
        return lines.stream().mapToInt(PricedLine::quantity).sum();
    }

    /** True when every line can be bought as it stands: the checkout's precondition. */
    public boolean allBuyable() {
        return !lines.isEmpty() && lines.stream().allMatch(PricedLine::buyable);
    }

    /** The lines to check out: product and quantity; prices are for the checkout to read again. */
    public List<CartLine> items() {
        return lines.stream().map(line -> new CartLine(line.productId(), line.quantity())).toList();
    }
}
