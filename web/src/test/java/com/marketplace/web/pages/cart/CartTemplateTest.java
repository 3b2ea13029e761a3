package com.marketplace.web.pages.cart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.cart.application.PricedCart;
import com.marketplace.platform.cart.application.PricedCart.PricedLine;
import com.marketplace.platform.cart.domain.ShelfProduct;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.web.pages.shop.ProductView;
import com.marketplace.web.pages.shop.StorefrontView;
import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cart page and the Add to cart forms, rendered from their templates without a container. */
class CartTemplateTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";

    private static PricedLine line(long id, long seller, String name, String shop, long price, int quantity, int stock) {
        return new PricedLine(new ProductId(id), quantity, Optional.of(new ShelfProduct(new ProductId(id), new SellerId(seller), shop, name,
                Money.of(price, "eur"), stock)));
    }

    private static String render(PricedCart cart, Optional<String> problem) {
        return Views.render("cart/cart.jte", CartView.of(cart, "tok", problem));
    }

    @Test
    void eachLineShowsItsSellerPriceQuantityFormAndRemoveButtonAndTheCartItsTotal() {
        PricedCart cart = new PricedCart(List.of(line(7, 3, "Bowl", "Pottery", 1_250, 2, 10), line(8, 4, "Print", "Prints", 900, 1, 5)),
                Optional.of(Money.of(3_400, "eur")));

        String html = render(cart, Optional.empty());

        assertTrue(html.contains("<td><a href=\"/shops/3\">Pottery</a></td><td class=\"amount\">€12.50</td>"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/cart/lines/7\" class=\"row\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"
                + "<label for=\"quantity-7\">Quantity of Bowl</label><input id=\"quantity-7\" name=\"quantity\" type=\"number\" inputmode=\"numeric\""
                + " min=\"1\" max=\"10\" step=\"1\" value=\"2\" required>"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/cart/lines/8/remove\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"
                + "<button type=\"submit\" id=\"remove-8\" aria-label=\"Remove Print\">Remove</button></form>"), html);
        assertTrue(html.contains("<strong class=\"price\" id=\"cart-total\">€34.00</strong>"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/cart/checkout\" id=\"checkout-form\">"), html);
    }

    @Test
    void aLineThatCannotBeBoughtAsItStandsSaysWhyAndTheCheckoutIsWithheld() {
        PricedCart cart = new PricedCart(List.of(line(7, 3, "Bowl", "Pottery", 1_250, 4, 3),
                new PricedLine(new ProductId(9), 1, Optional.empty())), Optional.of(Money.of(5_000, "eur")));

        String html = render(cart, Optional.empty());

        assertTrue(html.contains("Only 3 left: lower the quantity to check out."), html);
        assertTrue(html.contains("No longer on sale: remove it to check out."), html);
        assertTrue(html.contains("id=\"cart-blocked\""), html);
        assertFalse(html.contains("checkout-form"), html);
        assertTrue(html.contains("id=\"remove-9\""), html);
    }

    @Test
    void aRefusalIsShownAboveTheLines() {
        String html = render(new PricedCart(List.of(line(7, 3, "Bowl", "Pottery", 1_250, 1, 3)), Optional.of(Money.of(1_250, "eur"))),
                Optional.of("Your cart is in EUR and Hat is priced in USD: one payment is in one currency."));

        assertTrue(html.contains("<p class=\"problem\" id=\"problem\" role=\"alert\">Your cart is in EUR and Hat is priced in USD"), html);
    }

    @Test
    void anEmptyCartSaysSoAndOffersNoCheckout() {
        String html = render(new PricedCart(List.of(), Optional.empty()), Optional.empty());

        assertTrue(html.contains("id=\"cart-empty\""), html);
        assertFalse(html.contains("checkout-form") || html.contains("cart-total"), html);
    }

    @Test
    void namesShopsAndRefusalsWithMarkupAreShownAsText() {
        String html = render(new PricedCart(List.of(line(7, 3, HOSTILE, HOSTILE, 100, 1, 3)), Optional.of(Money.of(100, "eur"))),
                Optional.of(HOSTILE));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("aria-label=\"Remove &#34;>&lt;script>alert(1)&lt;/script>\""), html);
    }

    @Test
    void theProductPagesBuyFormAlsoAddsToTheCartWithTheSameQuantity() {
        String html = Views.render("shop/product.jte", new ProductView(7, "Bowl", Optional.empty(), "€24.50", 5, 9, Optional.of("Pottery"),
                Optional.empty(), 5, "tok", new ProductView.BuyForm(1, "", Optional.empty())));

        assertTrue(html.contains("<input type=\"hidden\" name=\"product\" value=\"7\">"), html);
        assertTrue(html.contains("<button type=\"submit\" id=\"add-to-cart-button\" formaction=\"/cart/add\">Add to cart</button></form>"), html);
    }

    @Test
    void theShopsCardsAddToTheCartExceptWhatIsSoldOut() {
        StorefrontView.Search all = new StorefrontView.Search("/", "", List.of("eur"), "", Optional.empty());
        StorefrontView view = new StorefrontView(all, List.of(new StorefrontView.ProductCard(7, HOSTILE, "€1.00", 3, Optional.empty()),
                new StorefrontView.ProductCard(8, "Gone", "€1.00", 0, Optional.empty())), 1, false).withCart("tok");

        String html = Views.render("shop/storefront.jte", view);

        assertTrue(html.contains("<form method=\"post\" action=\"/cart/add\" class=\"add-to-cart\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"
                + "<input type=\"hidden\" name=\"product\" value=\"7\">"), html);
        assertFalse(html.contains("name=\"product\" value=\"8\""), html);
        assertFalse(html.contains("<script>"), html);
    }
}
