package com.marketplace.web.pages.shop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.pages.shop.ProductView.BuyForm;
import com.marketplace.web.views.Views;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A product as buyers see it, rendered from its template without a container. */
class ProductTemplateTest {

    private static ProductView product(long stock, BuyForm form) {
        return new ProductView(7, "Bowl", Optional.of("Hand-thrown"), "€24.50", stock, 9, Optional.of("Pottery"), Optional.empty(), (int) Math.min(stock, 1000),
                "tok", form);
    }

    private static String render(ProductView view) {
        return Views.render("shop/product.jte", view);
    }

    @Test
    void aProductOnSaleHasABuyFormPostingToItsOwnAddressWithTheCsrfToken() {
        String html = render(product(5, BuyForm.blank()));

        assertTrue(html.contains("<form method=\"post\" action=\"/products/7/buy\" class=\"row\" id=\"buy-form\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
        assertTrue(html.contains("max=\"5\" step=\"1\" value=\"1\" required>"), html);
        assertTrue(html.contains("<dd class=\"price\" id=\"product-price\">€24.50</dd>"), html);
        assertFalse(html.contains("aria-invalid"), html);
    }

    @Test
    void theSellersNameLeadsToTheirShop() {
        assertTrue(render(product(5, BuyForm.blank())).contains("<p class=\"muted\" id=\"product-seller\">Sold by <a href=\"/shops/9\">Pottery</a></p>"));
    }

    @Test
    void aSoldOutProductSaysSoAndOffersNoBuyForm() {
        String html = render(product(0, BuyForm.blank()));

        assertTrue(html.contains("id=\"sold-out\""), html);
        assertFalse(html.contains("buy-form"), html);
    }

    @Test
    void aDescriptionAndShopNameWithMarkupAreShownAsText() {
        ProductView hostile = new ProductView(7, "<b>Bowl</b>", Optional.of("<script>alert(1)</script>"), "€1.00", 1, 9,
                Optional.of("<img src=x onerror=alert(1)>"), Optional.empty(), 1, "tok", BuyForm.blank());

        String html = render(hostile);

        assertFalse(html.contains("<script>") || html.contains("<img") || html.contains("<b>"), html);
        assertTrue(html.contains("<p id=\"product-description\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"), html);
        assertTrue(html.contains("<dd id=\"product-name\">&lt;b&gt;Bowl&lt;/b&gt;</dd>"), html);
    }

    @Test
    void aRefusedPromotionCodeIsShownBackInsideItsFieldWithTheReasonTiedToIt() {
        String html = render(product(5, new BuyForm(3, "SAVE\"><script>x</script>", "This promotion code cannot be used.")));

        assertTrue(html.contains("<p class=\"problem\" id=\"problem\" role=\"alert\">This promotion code cannot be used.</p>"), html);
        assertTrue(html.contains("value=\"SAVE&#34;>&lt;script>x&lt;/script>\" aria-invalid=\"true\" aria-describedby=\"problem\">"), html);
        assertTrue(html.contains("value=\"3\" required>"), "the quantity asked for is kept: " + html);
    }

    @Test
    void theQuantityShownStaysWithinWhatMayBeBought() {
        assertTrue(render(product(2, new BuyForm(50, "", Optional.empty()))).contains("max=\"2\" step=\"1\" value=\"2\" required>"));
    }

    @Test
    void aProductWithoutDescriptionOrKnownShopLeavesThemOut() {
        ProductView plain = new ProductView(7, "Bowl", Optional.empty(), "€1.00", 1, 9, Optional.empty(), Optional.empty(), 1, "tok", BuyForm.blank());

        String html = render(plain);

        assertFalse(html.contains("product-description"), html);
        assertFalse(html.contains("product-seller"), html);
    }

    @Test
    void aPictureIsShownWithTheProductsNameAsItsTextAlternative() {
        ProductView pictured = new ProductView(7, "Bowl \"blue\"", Optional.empty(), "€1.00", 1, 9, Optional.empty(),
                Optional.of("/products/7/image?v=ab12"), 1, "tok", BuyForm.blank());

        String html = render(pictured);

        assertTrue(html.contains("<img class=\"product-image\" id=\"product-image\" src=\"/products/7/image?v=ab12\" alt=\"Picture of Bowl &#34;blue&#34;\">"), html);
    }

    @Test
    void aProductWithoutAPictureShowsNone() {
        assertFalse(render(product(5, BuyForm.blank())).contains("product-image"));
    }
}
