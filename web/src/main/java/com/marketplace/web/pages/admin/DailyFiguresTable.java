package com.marketplace.web.pages.admin;

import com.marketplace.platform.orders.reporting.SalesReport;
import com.marketplace.platform.orders.domain.DailySales;
import com.marketplace.web.pages.support.MoneyText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The overview's figures as table rows, newest day first: what the charts show, for screen readers
 * and for anyone who wants the numbers. Each amount keeps its minor units beside its text, so the
 * page can carry them in a data attribute and a figure can be read without parsing a formatted amount.
 */
public final class DailyFiguresTable {

    private DailyFiguresTable() {
    }

    /** An amount as the table shows it and as it is stored. */
    public record Amount(long minorUnits, String text) {
    }

    /** One day in one currency. */
    public record Row(LocalDate day, String currency, long paidOrders, Amount gross, Amount fees, Amount refunded) {

        public String currencyCode() {
            return currency.toUpperCase(Locale.ROOT);
        }
    }

    static List<Row> rows(SalesReport.Daily daily) {
        List<DailySales> days = new ArrayList<>();
        daily.perCurrency().values().forEach(days::addAll);
        days.sort(Comparator.comparing(DailySales::day).reversed().thenComparing(day -> day.currency().value()));
        return days.stream().map(DailyFiguresTable::row).toList();
    }

    private static Row row(DailySales day) {
        String currency = day.currency().value();
        return new Row(day.day(), currency, day.paidOrders(), amount(day.gross(), currency), amount(day.fees(), currency),
                amount(day.refunded(), currency));
    }

    private static Amount amount(long minorUnits, String currency) {
        return new Amount(minorUnits, MoneyText.format(minorUnits, currency));
    }
}
