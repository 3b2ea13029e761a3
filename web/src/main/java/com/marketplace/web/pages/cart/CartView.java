package com.marketplace.web.pages.cart;

import com.marketplace.platform.cart.application.PricedCart;
import com.marketplace.platform.cart.application.PricedCart.PricedLine;
import com.marketplace.platform.cart.domain.Cart;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.web.pages.support.MoneyText;
import java.util.List;
import java.util.Optional;

/**
 * The cart page ({@code cart/cart.jte}): each line with its seller and today's price, its quantity
 * form and its remove button, the total, and the checkout button while every line can be bought.
 *
 * @param problem why the last change was refused (a product in another currency, more than is left), shown above the lines
 */
public record CartView(List<Line> lines, Optional<String> total, boolean checkoutAllowed, String csrfToken, Optional<String> problem) {

    public CartView {
        lines = List.copyOf(lines);
    }

    /**
     * A line. {@code seller}, {@code unitPrice} and {@code lineTotal} are empty when the product is
     * no longer on offer; {@code note} says why the line cannot be bought as it stands.
     */
    public record Line(long productId, String name, Optional<String> seller, long sellerId, Optional<String> unitPrice, int quantity,
                       int maxQuantity, Optional<String> lineTotal, Optional<String> note) {

        public String href() {
            return "/products/" + productId;
        }

        public String shopHref() {
            return "/shops/" + sellerId;
        }
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    static CartView of(PricedCart cart, String csrfToken, Optional<String> problem) {
        List<Line> lines = cart.lines().stream().map(CartView::line).toList();
        return new CartView(lines, cart.total().map(CartView::money), cart.allBuyable(), csrfToken, problem);
    }

    private static Line line(PricedLine line) {
        if (line.product().isEmpty()) {
            return new Line(line.productId().value(), "Product " + line.productId().value(), Optional.empty(), 0, Optional.empty(),
                    line.quantity(), line.quantity(), Optional.empty(), Optional.of("No longer on sale: remove it to check out."));
        }
        var product = line.product().get();
        Optional<String> note = product.stock() < 1 ? Optional.of("Sold out: remove it to check out.")
                : product.stock() < line.quantity() ? Optional.of("Only " + product.stock() + " left: lower the quantity to check out.")
                : Optional.empty();
        return new Line(line.productId().value(), product.name(), Optional.of(product.sellerName()), product.seller().value(),
                Optional.of(money(product.unitPrice())), line.quantity(), Math.max(line.quantity(), Math.min(product.stock(), Cart.MAX_QUANTITY)),
                line.lineTotal().map(CartView::money), note);
    }

    private static String money(Money money) {
        return MoneyText.format(money.minorUnits(), money.currency().value());
    }
}
