package com.marketplace.platform.orders.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.orders.domain.DailySales;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesReportTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final CurrencyCode JPY = CurrencyCode.of("jpy");
    private static final LocalDate FIRST = LocalDate.of(2024, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 3, 3);

    private static DailySales sales(String day, CurrencyCode currency, long orders, long gross, long fees, long refunded) {
        return new DailySales(LocalDate.parse(day), currency, orders, gross, fees, refunded);
    }

    @Test
    void rowsOfOneDayAndCurrencyAreAddedUp() {
        Map<CurrencyCode, List<DailySales>> report = SalesReport.perCurrency(List.of(
                sales("2024-03-02", EUR, 1, 1000, 100, 0),
                sales("2024-03-02", EUR, 1, 2500, 250, 500)), FIRST, LAST);

        assertEquals(new DailySales(LocalDate.of(2024, 3, 2), EUR, 2, 3500, 350, 500), report.get(EUR).get(1));
    }

    @Test
    void daysWithoutSalesAreZerosSoEveryCurrencyHasEveryDayOldestFirst() {
        Map<CurrencyCode, List<DailySales>> report = SalesReport.perCurrency(List.of(sales("2024-03-02", EUR, 1, 1000, 100, 0)),
                FIRST, LAST);

        assertEquals(List.of(DailySales.none(FIRST, EUR), new DailySales(LocalDate.of(2024, 3, 2), EUR, 1, 1000, 100, 0),
                DailySales.none(LAST, EUR)), report.get(EUR));
    }

    @Test
    void currenciesAreSeparateSeriesInAlphabeticalOrderAndNeverAddedTogether() {
        Map<CurrencyCode, List<DailySales>> report = SalesReport.perCurrency(List.of(
                sales("2024-03-03", JPY, 1, 1500, 150, 0),
                sales("2024-03-03", EUR, 1, 1500, 45, 0)), FIRST, LAST);

        assertEquals(List.of(EUR, JPY), new ArrayList<>(report.keySet()));
        assertEquals(1500, report.get(JPY).get(2).gross());
        assertEquals(1500, report.get(EUR).get(2).gross());
    }

    @Test
    void daysOutsideThePeriodAreLeftOutAndACurrencyWithOnlySuchDaysIsNotShown() {
        Map<CurrencyCode, List<DailySales>> report = SalesReport.perCurrency(List.of(
                sales("2024-02-29", EUR, 1, 700, 70, 0), sales("2024-03-04", EUR, 1, 700, 70, 0)), FIRST, LAST);

        assertEquals(Map.of(), report);
    }

    @Test
    void theReportAsksForTheLastDaysUpToTheEndOfTodayUtcAndEndsWithToday() {
        List<Instant> asked = new ArrayList<>();
        SalesReport report = new SalesReport((from, until) -> {
            asked.add(from);
            asked.add(until);
            return List.of(sales("2024-03-03", EUR, 1, 900, 90, 0));
        }, Clock.fixed(Instant.parse("2024-03-03T10:15:00Z"), ZoneOffset.UTC));

        SalesReport.Daily daily = report.lastDays(3);

        assertEquals(List.of(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-04T00:00:00Z")), asked);
        assertEquals(FIRST, daily.first());
        assertEquals(LAST, daily.last());
        assertEquals(List.of(new DailySales(LAST, EUR, 1, 900, 90, 0)), daily.lastDayFigures());
    }

    @Test
    void aReportOfNoDaysIsRefused() {
        SalesReport report = new SalesReport((from, until) -> List.of(), Clock.systemUTC());

        assertThrows(IllegalArgumentException.class, () -> report.lastDays(0));
    }
}
