package com.marketplace.web.pages.admin;

import java.time.LocalDate;
import java.util.List;

/**
 * The admin's overview: today's figures as cards, a pair of charts per currency sold in the period,
 * and every figure again in a table.
 *
 * @param today the last day of the period (UTC)
 * @param days how many days the period has
 * @param kpis the KPIs of the currency and period the admin chose
 */
public record OverviewView(LocalDate today, List<Card> cards, int days, List<CurrencyCharts> charts,
                           List<DailyFiguresTable.Row> rows, KpiView kpis) {

    public OverviewView {
        cards = List.copyOf(cards);
        charts = List.copyOf(charts);
        rows = List.copyOf(rows);
    }

    /** A figure of today; an amount figure has one line per currency sold. */
    public record Card(String id, String label, List<String> figures) {

        public Card {
            figures = List.copyOf(figures);
        }
    }

    /** The gross and fee charts of one currency. */
    public record CurrencyCharts(String currency, String currencyCode, SalesChart.Drawing gross, SalesChart.Drawing fees) {

        public String headingId() {
            return "charts-" + currency;
        }
    }
}
