package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.orders.reporting.SalesReport;
import com.marketplace.platform.orders.domain.DailySales;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The admin's overview: today's paid orders, gross volume and fees, and the last 14 days as bar
 * charts and as a table. Amounts are never converted between currencies: every currency sold in
 * the period has its own pair of charts and its own rows.
 */
@WebServlet("/admin")
public class AdminOverviewPage extends PageServlet {

    static final int DAYS = 14;

    @Inject
    SalesReport report;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        SalesReport.Daily daily = report.lastDays(DAYS);
        StringBuilder body = new StringBuilder()
                .append(today(daily))
                .append("<h2>Last ").append(DAYS).append(" days</h2>")
                .append("<p class=\"muted\">Days are UTC. Gross volume is what buyers were charged for orders paid that day, ")
                .append("including orders refunded or disputed since; fees are the application fees charged on them. ")
                .append("Currencies are shown separately, never converted.</p>");
        if (daily.perCurrency().isEmpty()) {
            body.append("<p class=\"notice\" id=\"no-sales\">No order was paid in the last ").append(DAYS).append(" days.</p>");
        }
        daily.perCurrency().forEach((currency, days) -> body.append(charts(currency, days)));
        body.append(DailyFiguresTable.render(daily));
        render(request, response, "Overview", body.toString());
    }

    private static String today(SalesReport.Daily daily) {
        List<DailySales> today = daily.lastDayFigures().stream().filter(day -> day.paidOrders() > 0).toList();
        long orders = today.stream().mapToLong(DailySales::paidOrders).sum();
        return "<h2 id=\"today-heading\">Today (" + daily.last() + ", UTC)</h2><div class=\"cards\" id=\"today\" aria-labelledby=\"today-heading\">"
                + card("today-orders", "Orders paid", List.of(String.valueOf(orders)))
                + card("today-gross", "Gross volume", amounts(today, DailySales::gross))
                + card("today-fees", "Fees earned", amounts(today, DailySales::fees))
                + "</div>";
    }

    private static List<String> amounts(List<DailySales> today, ToLongFunction<DailySales> figure) {
        if (today.isEmpty()) {
            return List.of("0");
        }
        List<String> amounts = new ArrayList<>();
        today.forEach(day -> amounts.add(MoneyText.format(figure.applyAsLong(day), day.currency().value())));
        return amounts;
    }

    private static String card(String id, String label, List<String> figures) {
        StringBuilder card = new StringBuilder("<div class=\"card\" id=\"").append(id).append("\"><p>").append(Html.escape(label)).append("</p>");
        figures.forEach(figure -> card.append("<p class=\"figure\">").append(Html.escape(figure)).append("</p>"));
        return card.append("</div>").toString();
    }

    private static String charts(CurrencyCode currency, List<DailySales> days) {
        String code = currency.value().toUpperCase(Locale.ROOT);
        String description = "One bar per day, oldest first, from " + days.get(0).day() + " to " + days.get(days.size() - 1).day()
                + ". The figures are in the table below.";
        return "<section aria-labelledby=\"charts-" + currency.value() + "\"><h3 id=\"charts-" + currency.value() + "\">" + code + "</h3>"
                + SalesChart.svg("chart-gross-" + currency.value(), "Gross volume per day, " + code, description, "bar-gross",
                        bars(days, DailySales::gross, figure -> MoneyText.format(figure, currency.value())))
                + SalesChart.svg("chart-fees-" + currency.value(), "Fees earned per day, " + code, description, "bar-fees",
                        bars(days, DailySales::fees, figure -> MoneyText.format(figure, currency.value())))
                + "</section>";
    }

    private static List<SalesChart.Bar> bars(List<DailySales> days, ToLongFunction<DailySales> figure, Function<Long, String> text) {
        return days.stream().map(day -> new SalesChart.Bar(day.day().toString().substring(5), figure.applyAsLong(day),
                text.apply(figure.applyAsLong(day)))).toList();
    }
}
