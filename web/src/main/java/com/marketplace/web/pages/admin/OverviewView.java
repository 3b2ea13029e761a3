package com.marketplace.web.pages.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The admin's overview: today's figures as cards, a pair of charts per currency sold in the period,
 * and every figure again in a table.
 *
 * @param today the last day of the period (UTC)
 * @param days how many days the period has
 * @param kpis the KPIs of the currency and period the admin chose
 * @param money the platform's balance, the sellers' exposure and the failed payouts; empty where not read
 */
public record OverviewView(LocalDate today, List<Card> cards, int days, List<CurrencyCharts> charts,
                           List<DailyFiguresTable.Row> rows, KpiView kpis, Optional<AdminMoneyView> money) {

    public OverviewView {
        cards = List.copyOf(cards);
        charts = List.copyOf(charts);
        rows = List.copyOf(rows);
    }

    /** An overview without its money section. */
    public OverviewView(LocalDate today, List<Card> cards, int days, List<CurrencyCharts> charts, List<DailyFiguresTable.Row> rows, KpiView kpis) {
        this(today, cards, days, charts, rows, kpis, Optional.empty());
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
