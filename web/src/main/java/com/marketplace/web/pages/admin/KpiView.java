package com.marketplace.web.pages.admin;

import java.util.List;

/**
 * The overview's KPIs of one currency and period: the choice of both (a form that reloads the page),
 * the rates and the time to pay as charts, and every figure in a table.
 *
 * @param currency the currency shown, lowercase
 * @param days the period shown, in days
 */
public record KpiView(String currency, int days, List<Option> currencies, List<Option> periods, List<KpiChart.Drawing> charts,
                      List<Figure> figures) {

    public KpiView {
        currencies = List.copyOf(currencies);
        periods = List.copyOf(periods);
        charts = List.copyOf(charts);
        figures = List.copyOf(figures);
    }

    /** An option of a select: its value, its text, and whether it is the one shown. */
    public record Option(String value, String text, boolean selected) {
    }

    /**
     * One figure as the table shows it; {@code name} is its field in {@code GET /api/admin/kpis}
     * ({@code refunds.rate}), {@code value} its raw value there (minor units, fraction), empty when null.
     */
    public record Figure(String name, String label, String text, String value) {
    }
}
