package com.marketplace.web.pages.shop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.pages.shop.StorefrontView.ProductCard;
import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shop's front page, rendered from its template without a container. */
class StorefrontTemplateTest {

    private static final StorefrontView.Search ALL = new StorefrontView.Search("/", "", List.of("eur", "usd"), "", Optional.empty());

    private static StorefrontView view(List<ProductCard> cards, int page, boolean olderExist) {
        return new StorefrontView(ALL, cards, page, olderExist);
    }

    private static String render(StorefrontView view) {
        return Views.render("shop/storefront.jte", view);
    }

    @Test
    void aProductNamedWithMarkupIsListedAsText() {
        String html = render(view(List.of(new ProductCard(7, "<script>alert(1)</script>", "€12.50", 3, Optional.empty())), 1, false));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<a href=\"/products/7\">&lt;script&gt;alert(1)&lt;/script&gt;</a>"), html);
        assertTrue(html.contains("<p class=\"price\">€12.50</p>"), html);
        assertTrue(html.contains("3 in stock"), html);
    }

    @Test
    void aProductWithNoStockSaysSoldOut() {
        String html = render(view(List.of(new ProductCard(7, "Mug", "€12.50", 0, Optional.empty())), 1, false));

        assertTrue(html.contains("<p class=\"muted\">Sold out</p>"), html);
    }

    @Test
    void anEmptyShopSaysNothingIsOnSale() {
        String html = render(view(List.of(), 1, false));

        assertTrue(html.contains("id=\"no-products\""), html);
        assertFalse(html.contains("id=\"products\""), html);
    }

    @Test
    void theFirstPageOfManyLinksOnlyToOlderProducts() {
        String html = render(view(List.of(new ProductCard(7, "Mug", "€12.50", 1, Optional.empty())), 1, true));

        assertTrue(html.contains("<a href=\"/?page=2\" id=\"older-products\" rel=\"next\">"), html);
        assertFalse(html.contains("newer-products"), html);
    }

    @Test
    void aMiddlePageLinksBothWays() {
        String html = render(view(List.of(new ProductCard(7, "Mug", "€12.50", 1, Optional.empty())), 3, true));

        assertTrue(html.contains("<a href=\"/?page=2\" id=\"newer-products\" rel=\"prev\">"), html);
        assertTrue(html.contains("<a href=\"/?page=4\" id=\"older-products\" rel=\"next\">"), html);
    }

    @Test
    void browsingLinksByCursorFromTheNewestAndTheOldestCardShown() {
        List<ProductCard> cards = List.of(new ProductCard(9, "Jug", "€3.00", 1, Optional.empty()),
                new ProductCard(7, "Mug", "€12.50", 1, Optional.empty()));
        StorefrontView.Search cups = new StorefrontView.Search("/shops/4", "", List.of("eur"), "eur", Optional.of("Cups"));

        String html = render(new StorefrontView(cups, cards, StorefrontView.Pager.byCursor(cups, cards, true, true)));

        assertTrue(html.contains("<a href=\"/shops/4?currency=eur&amp;ending_before=9\" id=\"newer-products\" rel=\"prev\">"), html);
        assertTrue(html.contains("<a href=\"/shops/4?currency=eur&amp;starting_after=7\" id=\"older-products\" rel=\"next\">"), html);
        assertFalse(render(new StorefrontView(cups, cards, StorefrontView.Pager.byCursor(cups, cards, false, true))).contains("newer-products"));
    }

    @Test
    void aSinglePageHasNoPager() {
        assertFalse(render(view(List.of(new ProductCard(7, "Mug", "€12.50", 1, Optional.empty())), 1, false)).contains("aria-label=\"Pages\""));
    }

    @Test
    void theSearchFormShowsWhatWasSearchedAsTextAndKeepsTheCurrencyChosen() {
        StorefrontView.Search search = new StorefrontView.Search("/", "\"><script>x</script>", List.of("eur", "usd"), "usd", Optional.empty());

        String html = render(new StorefrontView(search, List.of(), 1, false));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<input id=\"search-words\" name=\"q\" type=\"search\" maxlength=\"200\" value=\"&#34;>&lt;script>x&lt;/script>\">"), html);
        assertTrue(html.contains("<option value=\"usd\" selected>USD</option>"), html);
        assertTrue(html.contains("<option value=\"eur\">EUR</option>"), html);
    }

    @Test
    void aSearchThatFindsNothingSaysSoAndOffersTheWholeShopAgain() {
        StorefrontView.Search search = new StorefrontView.Search("/", "teapot", List.of("eur"), "", Optional.empty());

        String html = render(new StorefrontView(search, List.of(), 1, false));

        assertTrue(html.contains("<p id=\"no-results\">No products match your search. <a href=\"/\" id=\"clear-search\">"), html);
        assertFalse(html.contains("no-products"), html);
    }

    @Test
    void thePagerKeepsTheSearchAndTheShop() {
        StorefrontView.Search search = new StorefrontView.Search("/shops/9", "blue bowl", List.of("eur"), "eur", Optional.of("Pottery"));

        String html = render(new StorefrontView(search, List.of(new ProductCard(7, "Bowl", "€1.00", 1, Optional.empty())), 2, true));

        assertTrue(html.contains("<a href=\"/shops/9?q=blue+bowl&amp;currency=eur&amp;page=1\" id=\"newer-products\""), html);
        assertTrue(html.contains("<a href=\"/shops/9?q=blue+bowl&amp;currency=eur&amp;page=3\" id=\"older-products\""), html);
        assertTrue(html.contains("<form method=\"get\" action=\"/shops/9\""), html);
    }

    @Test
    void anEmptyShopOfOneSellerSaysThatShopHasNothingOnSale() {
        StorefrontView.Search shop = new StorefrontView.Search("/shops/9", "", List.of("eur"), "", Optional.of("Pottery"));

        assertTrue(render(new StorefrontView(shop, List.of(), 1, false))
                .contains("<p id=\"no-products\">This shop has nothing on sale right now. Come back soon.</p>"));
    }

    @Test
    void aProductWithAPictureShowsItAsDecorationBesideItsLinkedName() {
        String html = render(view(List.of(new ProductCard(7, "Mug", "€12.50", 1, Optional.of("/products/7/image?v=ab12"))), 1, false));

        assertTrue(html.contains("<img class=\"product-image\" src=\"/products/7/image?v=ab12\" alt=\"\""), html);
    }

    @Test
    void aProductWithoutAPictureHasNoImage() {
        assertFalse(render(view(List.of(new ProductCard(7, "Mug", "€12.50", 1, Optional.empty())), 1, false)).contains("<img"));
    }

    private static StorefrontView shopWithPlan(StorefrontView.Subscribing how) {
        StorefrontView.Search shop = new StorefrontView.Search("/shops/3", "", List.of("eur"), "", Optional.of("Shop"));
        return new StorefrontView(shop, List.of(), 1, false).withPlans(List.of(new StorefrontView.PlanCard(5, "\"><script>alert(1)</script>",
                "", "€20.00 / month", "14 days free")), how);
    }

    @Test
    void aSignedInBuyerGetsASubscribeFormForEachPlanWithTheCsrfToken() {
        String html = render(shopWithPlan(StorefrontView.Subscribing.buyer("/shops/3/subscribe", "tok")));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/shops/3/subscribe\" id=\"subscribe-5-form\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"
                + "<input type=\"hidden\" name=\"plan\" value=\"5\"><button type=\"submit\" id=\"subscribe-5\" aria-label=\"Subscribe to &#34;>&lt;script>alert(1)&lt;/script>\">Subscribe</button></form>"), html);
        assertFalse(html.contains("sign-in-to-subscribe"), html);
    }

    @Test
    void aGuestIsAskedToSignInOrSignUpAndComeBackToTheShop() {
        String html = render(shopWithPlan(StorefrontView.Subscribing.guest("/shops/3#plans")));

        assertFalse(html.contains("subscribe-5-form"), html);
        assertTrue(html.contains("<a href=\"/login?next=%2Fshops%2F3%23plans\" id=\"sign-in-to-subscribe-link\">Sign in to subscribe</a>"), html);
        assertTrue(html.contains("<a href=\"/buyers/signup?next=%2Fshops%2F3%23plans\" id=\"sign-up-to-subscribe-link\">"), html);
    }

    @Test
    void aSellerOrAnAdminSeesThePlansWithoutAWayToSubscribe() {
        String html = render(shopWithPlan(StorefrontView.Subscribing.notForThisVisitor()));

        assertTrue(html.contains("data-plan-id=\"5\""), html);
        assertFalse(html.contains("subscribe-5-form") || html.contains("sign-in-to-subscribe"), html);
    }
}
