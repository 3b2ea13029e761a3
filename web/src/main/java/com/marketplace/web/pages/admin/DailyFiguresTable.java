package com.marketplace.web.pages.admin;

import com.marketplace.platform.orders.reporting.SalesReport;
import com.marketplace.platform.orders.domain.DailySales;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.MoneyText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The overview's figures as a table, newest day first: what the charts show, for screen readers
 * and for anyone who wants the numbers. Each amount cell carries its minor units in a data
 * attribute, so the figure can be read without parsing a formatted amount.
 */
final class DailyFiguresTable {

    private DailyFiguresTable() {
    }

    static String render(SalesReport.Daily daily) {
        List<DailySales> rows = new ArrayList<>();
        daily.perCurrency().values().forEach(rows::addAll);
        rows.sort(Comparator.comparing(DailySales::day).reversed().thenComparing(day -> day.currency().value()));
        StringBuilder table = new StringBuilder("<div class=\"table-scroll\"><table id=\"daily-figures\"><caption>Figures per day (UTC)")
                .append(" and currency, newest first</caption><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Currency</th>")
                .append("<th scope=\"col\" class=\"amount\">Orders paid</th><th scope=\"col\" class=\"amount\">Gross volume</th>")
                .append("<th scope=\"col\" class=\"amount\">Fees earned</th><th scope=\"col\" class=\"amount\">Refunded since</th></tr></thead><tbody>");
        if (rows.isEmpty()) {
            table.append("<tr><td colspan=\"6\">No paid orders in this period.</td></tr>");
        }
        for (DailySales day : rows) {
            String currency = day.currency().value();
            table.append("<tr data-day=\"").append(day.day()).append("\" data-currency=\"").append(currency).append("\">")
                    .append("<th scope=\"row\">").append(day.day()).append("</th><td>").append(currency.toUpperCase(Locale.ROOT)).append("</td>")
                    .append("<td class=\"amount\" data-orders=\"").append(day.paidOrders()).append("\">").append(day.paidOrders()).append("</td>")
                    .append(amount("gross", day.gross(), currency))
                    .append(amount("fees", day.fees(), currency))
                    .append(amount("refunded", day.refunded(), currency))
                    .append("</tr>");
        }
        return table.append("</tbody></table></div>").toString();
    }

    private static String amount(String name, long minorUnits, String currency) {
        return "<td class=\"amount\" data-" + name + "=\"" + minorUnits + "\">" + Html.escape(MoneyText.format(minorUnits, currency)) + "</td>";
    }
}
