package com.marketplace.platform.orders.reporting;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.orders.domain.DailySales;
import com.marketplace.platform.orders.domain.SalesFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sales per UTC day and currency for the admin's overview. Amounts in different currencies are
 * never added together (there is no exchange rate here): each currency is its own series.
 */
@ApplicationScoped
public class SalesReport {

    private SalesFigures figures;
    private Clock clock;

    protected SalesReport() {
        // for CDI proxies
    }

    @Inject
    public SalesReport(SalesFigures figures) {
        this(figures, Clock.systemUTC());
    }

    SalesReport(SalesFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** The last {@code days} UTC days up to and including today, per currency sold in them. */
    public Daily lastDays(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A report covers at least one day, got " + days);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(days - 1L);
        List<DailySales> sales = figures.paidPerDay(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return new Daily(first, today, perCurrency(sales, first, today));
    }

    /**
     * Every day from {@code first} to {@code last} for each currency with at least one sale in the
     * period (days without a sale as zeros, so a chart has no gaps), currencies in alphabetical
     * order; sales outside the period are left out.
     */
    static Map<CurrencyCode, List<DailySales>> perCurrency(List<DailySales> sales, LocalDate first, LocalDate last) {
        Map<CurrencyCode, Map<LocalDate, DailySales>> byCurrency = new TreeMap<>(Comparator.comparing(CurrencyCode::value));
        for (DailySales sale : sales) {
            if (sale.day().isBefore(first) || sale.day().isAfter(last)) {
                continue;
            }
            Map<LocalDate, DailySales> days = byCurrency.computeIfAbsent(sale.currency(), currency -> emptyDays(currency, first, last));
            days.computeIfPresent(sale.day(), (d, figures) -> figures.plus(sale));
        }
        Map<CurrencyCode, List<DailySales>> series = new LinkedHashMap<>();
        byCurrency.forEach((currency, days) -> series.put(currency, List.copyOf(days.values())));
        return Collections.unmodifiableMap(series);
    }

    private static Map<LocalDate, DailySales> emptyDays(CurrencyCode currency, LocalDate first, LocalDate last) {
        Map<LocalDate, DailySales> days = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, DailySales.none(day, currency));
        }
        return days;
    }

    /** The report: its first and last (today) day, and per currency one entry per day, oldest first. */
    public record Daily(LocalDate first, LocalDate last, Map<CurrencyCode, List<DailySales>> perCurrency) {

        /** The last day's (today's) figures of each currency sold in the period. */
        public List<DailySales> lastDayFigures() {
            List<DailySales> todays = new ArrayList<>();
            perCurrency.values().forEach(days -> todays.add(days.get(days.size() - 1)));
            return todays;
        }
    }
}
