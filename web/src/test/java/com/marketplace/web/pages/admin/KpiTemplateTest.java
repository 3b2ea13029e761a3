package com.marketplace.web.pages.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kpis.domain.Distribution;
import com.marketplace.platform.kpis.domain.KpiPeriod;
import com.marketplace.platform.kpis.domain.Kpis;
import com.marketplace.platform.kpis.domain.OrderCounts;
import com.marketplace.platform.kpis.domain.SubscriptionCounts;
import com.marketplace.platform.kpis.domain.WebhookBacklog;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.views.Views;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The overview's KPIs, from the figures to the markup, without a container. */
class KpiTemplateTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    /** A period in which nothing happened: every rate and percentile has nothing to be computed from. */
    static Kpis quietDay(String currency) {
        return Kpis.of(KpiPeriod.ending(CurrencyCode.of(currency), 1, NOW), OrderCounts.none(), Distribution.empty(), Distribution.empty(),
                SubscriptionCounts.none(), WebhookBacklog.Backlog.none());
    }

    /**
     * 3 paid of 4 attempts, 5 sessions (3 paid, 1 expired), 1 refund of 1,000, 1 dispute open, times to pay 60/120/300 s;
     * subscriptions: 1 trialing, 3 active (two at 1,500 a month, one at 12,006 a year) and 1 past due at 1,500 a month,
     * 2 started, 1 ended of 8 there at the start.
     */
    private static Kpis busyMonth() {
        return Kpis.of(KpiPeriod.ending(CurrencyCode.of("eur"), 30, NOW), new OrderCounts(3, 9_000, 300, 1, 1_000, 1, 5, 3, 1, 1, 1),
                Distribution.of(60, 120, 300), Distribution.of(36), new SubscriptionCounts(1, 3, 1,
                        List.of(new SubscriptionCounts.Billed(1_500, false, 3), new SubscriptionCounts.Billed(12_006, true, 1)), 2, 1, 8),
                new WebhookBacklog.Backlog(75, 2));
    }

    private static String render(KpiView view) {
        return Views.render("admin/kpis.jte", view);
    }

    private static String figure(String html, String name) {
        Matcher row = Pattern.compile("<tr data-kpi=\"" + Pattern.quote(name) + "\" data-value=\"([^\"]*)\"><th scope=\"row\">[^<]*</th>"
                + "<td class=\"amount\">([^<]*)</td>").matcher(html);
        assertTrue(row.find(), name + " in " + html);
        return row.group(1) + " | " + row.group(2);
    }

    @Test
    void everyFigureIsATableRowWithItsApiNameAndRawValue() {
        String html = render(KpiPanel.view(busyMonth()));

        assertEquals("9000 | " + MoneyText.format(9_000, "eur"), figure(html, "grossVolume"));
        assertEquals("300 | " + MoneyText.format(300, "eur"), figure(html, "fees"));
        assertEquals("3 | 3", figure(html, "paidOrders"));
        assertEquals("1 | 1", figure(html, "failedPayments"));
        assertEquals("0.7500 | 75.00 %", figure(html, "paymentSuccessRate"));
        assertEquals("0.6000 | 60.00 %", figure(html, "checkoutConversion"));
        assertEquals("0.2000 | 20.00 %", figure(html, "dropOffRate"));
        assertEquals("120 | 2 min 0 s", figure(html, "timeToPaySeconds.p50"));
        assertEquals("300 | 5 min 0 s", figure(html, "timeToPaySeconds.p90"));
        assertEquals("1 | 1", figure(html, "refunds.count"));
        assertEquals("0.3333 | 33.33 %", figure(html, "refunds.rate"));
        assertEquals("1 | 1", figure(html, "disputes.open"));
        assertEquals("1.5 | 1.5 days", figure(html, "disputes.medianDaysToClose"));
        assertEquals("75 | 1 min 15 s", figure(html, "webhookLagSeconds"));
        assertEquals("2 | 2", figure(html, "deadWebhookEvents"));
    }

    @Test
    void theSubscriptionFiguresAreRowsOfTheirOwn() {
        String html = render(KpiPanel.view(busyMonth()));

        assertEquals("5 | 5", figure(html, "subscriptions.active"));
        assertEquals("1 | 1", figure(html, "subscriptions.trialing"));
        assertEquals("1 | 1", figure(html, "subscriptions.pastDue"));
        assertEquals("5501 | " + MoneyText.format(5_501, "eur"), figure(html, "subscriptions.mrr"));
        assertEquals("2 | 2", figure(html, "subscriptions.started"));
        assertEquals("1 | 1", figure(html, "subscriptions.ended"));
        assertEquals("0.1250 | 12.50 %", figure(html, "subscriptions.churnRate"));
        assertTrue(html.contains(">Subscription churn</text>"), html);
    }

    @Test
    void aFigureWithNothingToComputeItFromSaysNoDataAndHasNoValue() {
        String html = render(KpiPanel.view(quietDay("usd")));

        assertEquals(" | no data", figure(html, "paymentSuccessRate"));
        assertEquals(" | no data", figure(html, "timeToPaySeconds.p50"));
        assertEquals(" | no data", figure(html, "disputes.medianDaysToClose"));
        assertEquals(" | no data", figure(html, "subscriptions.churnRate"));
        assertEquals("0 | 0", figure(html, "payoutFailures"));
    }

    @Test
    void theChosenCurrencyAndPeriodAreSelectedInTheForm() {
        String html = render(KpiPanel.view(busyMonth()));

        assertTrue(html.contains("<option value=\"eur\" selected>EUR</option>"), html);
        assertTrue(html.contains("<option value=\"usd\">USD</option>"), html);
        assertTrue(html.contains("<option value=\"30\" selected>Last 30 days</option>"), html);
        assertTrue(html.contains("<option value=\"1\">Last day</option>"), html);
        assertTrue(html.contains("<form method=\"get\" action=\"/admin\" class=\"row\" id=\"kpi-form\">"), html);
    }

    @Test
    void theRatesAreBarsOfTheirShareOfTheFullWidth() {
        String html = render(KpiPanel.view(busyMonth()));

        Matcher bars = Pattern.compile("<rect class=\"bar-rate\"[^>]* width=\"(\\d+)\"").matcher(html);
        assertTrue(bars.find());
        assertEquals(String.valueOf(KpiChart.PLOT_WIDTH * 3 / 4), bars.group(1), "payment success 75 %");
        assertTrue(html.contains("<svg class=\"chart\" id=\"chart-rates\" role=\"img\" aria-labelledby=\"chart-rates-title chart-rates-desc\""),
                html);
        assertTrue(html.contains("<title id=\"chart-rates-title\">Rates, EUR, the last 30 days</title>"), html);
    }

    @Test
    void aRateWithNoDataHasNoBar() {
        String html = render(KpiPanel.view(quietDay("usd")));

        Matcher bars = Pattern.compile("<rect class=\"bar-rate\"[^>]* width=\"(\\d+)\"").matcher(html);
        while (bars.find()) {
            assertEquals("0", bars.group(1), html);
        }
        assertTrue(html.contains(">no data</text>"), html);
    }

    @Test
    void theTimeToPayChartScalesItsBarsToTheLonger() {
        String html = render(KpiPanel.view(busyMonth()));

        Matcher bars = Pattern.compile("<rect class=\"bar-time\"[^>]* width=\"(\\d+)\"").matcher(html);
        assertTrue(bars.find());
        assertEquals(String.valueOf(KpiChart.PLOT_WIDTH * 120 / 300), bars.group(1), "the median");
        assertTrue(bars.find());
        assertEquals(String.valueOf(KpiChart.PLOT_WIDTH), bars.group(1), "the 90th percentile");
    }

    @Test
    void hostileValuesAreEscapedEverywhere() {
        String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        KpiView view = new KpiView(hostile, 7, List.of(new KpiView.Option(hostile, hostile, true)),
                List.of(new KpiView.Option(hostile, hostile, false)),
                List.of(KpiChart.draw(hostile, hostile, hostile, hostile, List.of(new KpiChart.Row(hostile, 5, 10, hostile)))),
                List.of(new KpiView.Figure(hostile, hostile, hostile, hostile)));

        String html = render(view);

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;") || html.contains("&#34;&gt;&lt;script&gt;"), html);
    }

    @Test
    void thePanelHasNoStyleAttributeOrScript() {
        String html = render(KpiPanel.view(busyMonth()));

        assertFalse(html.contains("style="), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void secondsReadAsPeopleReadThem() {
        assertEquals("45 s", KpiPanel.seconds(java.util.OptionalLong.of(45)));
        assertEquals("5 min 0 s", KpiPanel.seconds(java.util.OptionalLong.of(300)));
        assertEquals("2 h 5 min", KpiPanel.seconds(java.util.OptionalLong.of(7_500)));
    }
}
