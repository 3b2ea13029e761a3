package com.marketplace.web.pages.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.orders.reporting.SalesReport;
import com.marketplace.platform.orders.domain.DailySales;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.views.Views;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's overview, from the period's figures to the page, without a container. */
class OverviewTemplateTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static String render(Map<CurrencyCode, List<DailySales>> perCurrency) {
        return Views.render("admin/overview.jte", AdminOverviewPage.view(new SalesReport.Daily(YESTERDAY, TODAY, perCurrency),
                KpiTemplateTest.quietDay("eur")));
    }

    @Test
    void todaysCardsAddUpTheOrdersAndShowEachCurrencysAmounts() {
        CurrencyCode eur = CurrencyCode.of("eur");
        CurrencyCode usd = CurrencyCode.of("usd");
        Map<CurrencyCode, List<DailySales>> sales = new LinkedHashMap<>();
        sales.put(eur, List.of(DailySales.none(YESTERDAY, eur), new DailySales(TODAY, eur, 2, 4000, 400, 0)));
        sales.put(usd, List.of(DailySales.none(YESTERDAY, usd), new DailySales(TODAY, usd, 1, 1500, 150, 0)));

        String html = render(sales);

        assertTrue(html.contains("<h2 id=\"today-heading\">Today (2026-03-02, UTC)</h2>"), html);
        assertTrue(html.contains("<div class=\"card\" id=\"today-orders\"><p>Orders paid</p>\n<p class=\"figure\">3</p>"), html);
        String gross = html.substring(html.indexOf("id=\"today-gross\""), html.indexOf("id=\"today-fees\""));
        assertTrue(gross.contains("<p class=\"figure\">" + MoneyText.format(4000, "eur") + "</p>"), gross);
        assertTrue(gross.contains("<p class=\"figure\">" + MoneyText.format(1500, "usd") + "</p>"), gross);
        assertFalse(html.contains("id=\"no-sales\""), html);
    }

    @Test
    void eachCurrencyHasItsOwnPairOfCharts() {
        CurrencyCode eur = CurrencyCode.of("eur");
        String html = render(Map.of(eur, List.of(DailySales.none(YESTERDAY, eur), new DailySales(TODAY, eur, 1, 4000, 400, 0))));

        assertTrue(html.contains("<section aria-labelledby=\"charts-eur\"><h3 id=\"charts-eur\">EUR</h3>"), html);
        assertTrue(html.contains("<svg class=\"chart\" id=\"chart-gross-eur\" role=\"img\""), html);
        assertTrue(html.contains("<svg class=\"chart\" id=\"chart-fees-eur\" role=\"img\""), html);
    }

    @Test
    void eachDayIsATableRowCarryingItsFiguresInMinorUnits() {
        CurrencyCode eur = CurrencyCode.of("eur");
        String html = render(Map.of(eur, List.of(DailySales.none(YESTERDAY, eur), new DailySales(TODAY, eur, 2, 4000, 400, 1000))));

        assertTrue(html.contains("<tr data-day=\"2026-03-02\" data-currency=\"eur\"><th scope=\"row\">2026-03-02</th><td>EUR</td>"
                + "<td class=\"amount\" data-orders=\"2\">2</td><td class=\"amount\" data-gross=\"4000\">"), html);
        assertTrue(html.contains("data-fees=\"400\""), html);
        assertTrue(html.contains("data-refunded=\"1000\""), html);
        assertTrue(html.indexOf("data-day=\"2026-03-02\"") < html.indexOf("data-day=\"2026-03-01\""), "newest first: " + html);
    }

    @Test
    void aPeriodWithoutSalesSaysSoAndDrawsNoChart() {
        String html = render(Map.of());

        assertTrue(html.contains("<p class=\"notice\" id=\"no-sales\">No order was paid in the last 14 days.</p>"), html);
        assertTrue(html.contains("<tr><td colspan=\"6\">No paid orders in this period.</td></tr>"), html);
        assertFalse(html.contains("<svg class=\"chart\" id=\"chart-gross-"), html);
        assertTrue(html.contains("<div class=\"card\" id=\"today-gross\"><p>Gross volume</p>\n<p class=\"figure\">0</p>"), html);
    }

    @Test
    void thePageHasNoStyleAttributeOrScript() {
        CurrencyCode eur = CurrencyCode.of("eur");
        String html = render(Map.of(eur, List.of(new DailySales(TODAY, eur, 1, 4000, 400, 0))));

        assertFalse(html.contains("style="), html);
        assertFalse(html.contains("<script"), html);
    }
}
