package com.marketplace.web.pages.seller;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.pages.shop.StorefrontView;
import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seller's plans page and the shop's plan list, rendered from their templates without a container. */
class SellerPlansTemplateTest {

    private static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"x";

    private static PlanFormView form(String prefix, long id, String name) {
        return new PlanFormView(prefix, id, "Save", "tok", name, HOSTILE, "20.00", List.of("eur", "usd"), "eur", "month", "14");
    }

    private static SellerPlansView.Row row(long id, String name, String status, boolean active) {
        return new SellerPlansView.Row(id, name, HOSTILE, "€20.00 / month", "14 days free", status, active, form("plan-" + id, id, name));
    }

    @Test
    void aPlanNamedWithMarkupIsShownAsTextInTheListAndItsForms() {
        String html = Views.render("seller/plans.jte", new SellerPlansView(List.of(row(7, HOSTILE, "active", true)),
                form("new-plan", 0, ""), List.of(), "tok", 3));

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("onmouseover=\"x\""), html);
        assertTrue(html.contains("value=\"&lt;script>alert(1)&lt;/script>&#34; onmouseover=&#34;x\""), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("id=\"plan-7-form\""), html);
        assertTrue(html.contains("id=\"plan-7-retire\""), html);
        assertTrue(html.contains("<td class=\"amount\">€20.00 / month</td>"), html);
    }

    @Test
    void aRetiredPlanHasNoFormsAPendingOneOffersToFinish() {
        String html = Views.render("seller/plans.jte", new SellerPlansView(
                List.of(row(7, "Old", "retired", false), row(8, "Waiting", "pending", false)), form("new-plan", 0, ""), List.of(), "tok", 3));

        assertFalse(html.contains("id=\"plan-7-form\""), html);
        assertFalse(html.contains("id=\"plan-7-retire\""), html);
        assertTrue(html.contains("id=\"plan-8-finish\""), html);
    }

    @Test
    void problemsAreListedAsText() {
        String html = Views.render("seller/plans.jte", new SellerPlansView(List.of(), form("new-plan", 0, ""),
                List.of(new ProductFormView.Problem("Price", HOSTILE)), "tok", 3));

        assertTrue(html.contains("id=\"plan-errors\""), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("id=\"no-plans\""), html);
    }

    @Test
    void theShopListsItsPlansAsText() {
        StorefrontView.Search shop = new StorefrontView.Search("/shops/3", "", List.of("eur"), "", Optional.of("Shop"));
        String html = Views.render("shop/storefront.jte", new StorefrontView(shop, List.of(), 1, false)
                .withPlans(List.of(new StorefrontView.PlanCard(5, HOSTILE, HOSTILE, "€20.00 / month", "14 days free"))));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("data-plan-id=\"5\""), html);
        assertTrue(html.contains("€20.00 / month"), html);
        assertTrue(html.contains("14 days free"), html);
    }

    @Test
    void aShopWithoutPlansShowsNoPlanSection() {
        StorefrontView.Search shop = new StorefrontView.Search("/shops/3", "", List.of("eur"), "", Optional.of("Shop"));

        assertFalse(Views.render("shop/storefront.jte", new StorefrontView(shop, List.of(), 1, false)).contains("id=\"plans\""));
    }

    @Test
    void thePageLinksTheShopsPlansWhereBuyersSubscribe() {
        String html = Views.render("seller/plans.jte", new SellerPlansView(List.of(), form("new-plan", 0, ""), List.of(), "tok", 3));

        assertTrue(html.contains("<a href=\"/shops/3#plans\" id=\"shop-plans-link\">your shop's page</a>"), html);
    }
}
