package com.marketplace.web.pages.shop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.pages.shop.StorefrontView.ProductCard;
import com.marketplace.web.views.Views;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shop's front page, rendered from its template without a container. */
class StorefrontTemplateTest {

    private static String render(StorefrontView view) {
        return Views.render("shop/storefront.jte", view);
    }

    @Test
    void aProductNamedWithMarkupIsListedAsText() {
        String html = render(new StorefrontView(List.of(new ProductCard(7, "<script>alert(1)</script>", "€12.50", 3)), 1, false));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<a href=\"/products/7\">&lt;script&gt;alert(1)&lt;/script&gt;</a>"), html);
        assertTrue(html.contains("<p class=\"price\">€12.50</p>"), html);
        assertTrue(html.contains("3 in stock"), html);
    }

    @Test
    void aProductWithNoStockSaysSoldOut() {
        String html = render(new StorefrontView(List.of(new ProductCard(7, "Mug", "€12.50", 0)), 1, false));

        assertTrue(html.contains("<p class=\"muted\">Sold out</p>"), html);
    }

    @Test
    void anEmptyShopSaysNothingIsOnSale() {
        String html = render(new StorefrontView(List.of(), 1, false));

        assertTrue(html.contains("id=\"no-products\""), html);
        assertFalse(html.contains("id=\"products\""), html);
    }

    @Test
    void theFirstPageOfManyLinksOnlyToOlderProducts() {
        String html = render(new StorefrontView(List.of(new ProductCard(7, "Mug", "€12.50", 1)), 1, true));

        assertTrue(html.contains("<a href=\"/?page=2\" id=\"older-products\" rel=\"next\">"), html);
        assertFalse(html.contains("newer-products"), html);
    }

    @Test
    void aMiddlePageLinksBothWays() {
        String html = render(new StorefrontView(List.of(new ProductCard(7, "Mug", "€12.50", 1)), 3, true));

        assertTrue(html.contains("<a href=\"/?page=2\" id=\"newer-products\" rel=\"prev\">"), html);
        assertTrue(html.contains("<a href=\"/?page=4\" id=\"older-products\" rel=\"next\">"), html);
    }

    @Test
    void aSinglePageHasNoPager() {
        assertFalse(render(new StorefrontView(List.of(new ProductCard(7, "Mug", "€12.50", 1)), 1, false)).contains("aria-label=\"Pages\""));
    }
}
