package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kpis.application.KpiReport;
import com.marketplace.platform.kpis.domain.Kpis;
import com.marketplace.platform.orders.reporting.SalesReport;
import com.marketplace.platform.orders.domain.DailySales;
import com.marketplace.platform.payouts.application.SellerMoney;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The admin's overview: today's paid orders, gross volume and fees, and the last 14 days as bar
 * charts and as a table. Amounts are never converted between currencies: every currency sold in
 * the period has its own pair of charts and its own rows. Below today's cards, the KPIs of one
 * currency and period ({@code ?currency=usd&days=30}, the same use case and the same refusals as
 * {@code GET /api/admin/kpis}); without a choice, the first currency sold in the last 14 days
 * (usd when none was) over 30 days.
 */
@WebServlet("/admin")
public class AdminOverviewPage extends PageServlet {

    static final int DAYS = 14;

    static final String DEFAULT_CURRENCY = "usd";

    @Inject
    SalesReport report;

    @Inject
    KpiReport kpiReport;

    @Inject
    SellerMoney money;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        SalesReport.Daily daily = report.lastDays(DAYS);
        String currency = Optional.ofNullable(request.getParameter("currency"))
                .orElseGet(() -> daily.perCurrency().keySet().stream().findFirst().map(CurrencyCode::value).orElse(DEFAULT_CURRENCY));
        Kpis kpis = kpiReport.of(currency, Optional.ofNullable(request.getParameter("days")));
        OverviewView view = view(daily, kpis);
        render(request, response, "Overview", "admin/overview.jte", new OverviewView(view.today(), view.cards(), view.days(), view.charts(),
                view.rows(), view.kpis(), Optional.of(AdminMoneySection.of(money, caller()))));
    }

    static OverviewView view(SalesReport.Daily daily, Kpis kpis) {
        List<DailySales> today = daily.lastDayFigures().stream().filter(day -> day.paidOrders() > 0).toList();
        long orders = today.stream().mapToLong(DailySales::paidOrders).sum();
        List<OverviewView.Card> cards = List.of(
                new OverviewView.Card("today-orders", "Orders paid", List.of(String.valueOf(orders))),
                new OverviewView.Card("today-gross", "Gross volume", amounts(today, DailySales::gross)),
                new OverviewView.Card("today-fees", "Fees earned", amounts(today, DailySales::fees)));
        List<OverviewView.CurrencyCharts> charts = new ArrayList<>();
        daily.perCurrency().forEach((currency, days) -> charts.add(charts(currency, days)));
        return new OverviewView(daily.last(), cards, DAYS, charts, DailyFiguresTable.rows(daily), KpiPanel.view(kpis));
    }

    private static List<String> amounts(List<DailySales> today, ToLongFunction<DailySales> figure) {
        if (today.isEmpty()) {
            return List.of("0");
        }
        List<String> amounts = new ArrayList<>();
        today.forEach(day -> amounts.add(MoneyText.format(figure.applyAsLong(day), day.currency().value())));
        return amounts;
    }

    private static OverviewView.CurrencyCharts charts(CurrencyCode currency, List<DailySales> days) {
        String code = currency.value().toUpperCase(Locale.ROOT);
        String description = "One bar per day, oldest first, from " + days.get(0).day() + " to " + days.get(days.size() - 1).day()
                + ". The figures are in the table below.";
        Function<Long, String> text = figure -> MoneyText.format(figure, currency.value());
        return new OverviewView.CurrencyCharts(currency.value(), code,
                SalesChart.draw("chart-gross-" + currency.value(), "Gross volume per day, " + code, description, "bar-gross",
                        bars(days, DailySales::gross, text)),
                SalesChart.draw("chart-fees-" + currency.value(), "Fees earned per day, " + code, description, "bar-fees",
                        bars(days, DailySales::fees, text)));
    }

    private static List<SalesChart.Bar> bars(List<DailySales> days, ToLongFunction<DailySales> figure, Function<Long, String> text) {
        return days.stream().map(day -> new SalesChart.Bar(day.day().toString().substring(5), figure.applyAsLong(day),
                text.apply(figure.applyAsLong(day)))).toList();
    }
}
