package com.marketplace.web.pages.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin's fee schedule page, rendered from its template without a container. */
class AdminFeesTemplateTest {

    private static final List<AdminFeesView.Default> DEFAULTS = List.of(new AdminFeesView.Default("eur", "2.9 % + €0.30"));

    private static String render(List<AdminFeesView.Override> overrides, List<AdminFeesView.Change> history) {
        return Views.render("admin/fees.jte", new AdminFeesView("tok", DEFAULTS, overrides, List.of("eur", "usd"), 100, history));
    }

    @Test
    void eachCurrencysDefaultIsARowAndBothFormsOfferEveryCurrency() {
        String html = render(List.of(), List.of());

        assertTrue(html.contains("<tr data-currency=\"eur\"><th scope=\"row\">EUR</th><td>2.9 % + €0.30</td></tr>"), html);
        assertTrue(html.contains("<select id=\"fee-currency\" name=\"fee-currency\"><option value=\"eur\">EUR</option>"
                + "<option value=\"usd\">USD</option></select>"), html);
        assertTrue(html.contains("<select id=\"override-currency\" name=\"currency\">"), html);
        assertTrue(html.contains("<input id=\"override-fixed\" name=\"fixed\" type=\"text\" inputmode=\"decimal\" required value=\"0\">"), html);
    }

    @Test
    void everyFormCarriesTheCsrfToken() {
        String html = render(List.of(new AdminFeesView.Override(9, "eur", "1 %")), List.of());

        assertTrue(html.contains("id=\"default-fee-form\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
        assertTrue(html.contains("id=\"seller-fee-form\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
        assertTrue(html.contains("action=\"/admin/fees/sellers/remove\" class=\"inline\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
    }

    @Test
    void aSellersOwnRateCanBeRemovedFromItsRow() {
        String html = render(List.of(new AdminFeesView.Override(9, "eur", "1 %")), List.of());

        assertTrue(html.contains("<tr data-seller-id=\"9\" data-currency=\"eur\"><td>9</td><td>EUR</td><td>1 %</td>"), html);
        assertTrue(html.contains("id=\"remove-override-9-eur\">Back to the default</button>"), html);
        assertFalse(html.contains("no-overrides"), html);
    }

    @Test
    void noOverridesSaysEverySaleIsChargedTheDefault() {
        assertTrue(render(List.of(), List.of()).contains("<p id=\"no-overrides\">"));
    }

    @Test
    void theHistoryNamesWhoChangedWhatAsText() {
        String html = render(List.of(), List.of(new AdminFeesView.Change(5, "2026-03-02 10:00:00 UTC", "<b>admin</b>@example.com",
                "EUR default", "none", "2 %")));

        assertTrue(html.contains("<tr data-change-id=\"5\"><td>2026-03-02 10:00:00 UTC</td><td>&lt;b&gt;admin&lt;/b&gt;@example.com</td>"
                + "<td>EUR default</td><td>none</td><td>2 %</td></tr>"), html);
        assertFalse(html.contains("No change yet"), html);
    }

    @Test
    void anUntouchedScheduleSaysSoInTheHistory() {
        assertTrue(render(List.of(), List.of()).contains("No change yet: the schedule is as installed."));
    }
}
