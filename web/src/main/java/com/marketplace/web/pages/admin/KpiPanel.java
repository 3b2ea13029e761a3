package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kpis.domain.KpiPeriod;
import com.marketplace.platform.kpis.domain.Kpis;
import com.marketplace.web.pages.support.MoneyText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The overview's KPIs as a view: what the admin API answers, in words, charts and a table. */
final class KpiPanel {

    static final String NO_DATA = "no data";

    private KpiPanel() {
    }

    static KpiView view(Kpis kpis) {
        String currency = kpis.period().currency().value();
        String code = currency.toUpperCase(Locale.ROOT);
        int days = kpis.period().days();
        List<KpiView.Option> currencies = SupportedCurrencies.CODES.stream().sorted()
                .map(each -> new KpiView.Option(each, each.toUpperCase(Locale.ROOT), each.equals(currency))).toList();
        List<KpiView.Option> periods = KpiPeriod.DAYS.stream()
                .map(each -> new KpiView.Option(String.valueOf(each), each == 1 ? "Last day" : "Last " + each + " days", each == days))
                .toList();
        String period = days == 1 ? "the last day" : "the last " + days + " days";
        return new KpiView(currency, days, currencies, periods, List.of(rates(kpis, code, period), timeToPay(kpis, code, period)),
                figures(kpis, currency));
    }

    private static KpiChart.Drawing rates(Kpis kpis, String code, String period) {
        List<KpiChart.Row> rows = List.of(rate("Payment success", kpis.paymentSuccessRate()),
                rate("Checkout conversion", kpis.checkoutConversion()), rate("Drop-off", kpis.dropOffRate()),
                rate("Refund rate", kpis.refunds().rate()), rate("Dispute rate", kpis.disputes().rate()),
                rate("Subscription churn", kpis.subscriptions().churnRate()));
        return KpiChart.draw("chart-rates", "Rates, " + code + ", " + period,
                "One bar per rate, from 0 to 100 percent. The figures are in the table below.", "bar-rate", rows);
    }

    private static KpiChart.Row rate(String label, Optional<BigDecimal> rate) {
        return new KpiChart.Row(label, rate.map(value -> value.movePointRight(4).longValue()).orElse(-1L), 10_000, percent(rate));
    }

    private static KpiChart.Drawing timeToPay(Kpis kpis, String code, String period) {
        OptionalLong p50 = kpis.timeToPay().p50();
        OptionalLong p90 = kpis.timeToPay().p90();
        long scale = Math.max(p50.orElse(0), p90.orElse(0));
        return KpiChart.draw("chart-time-to-pay", "Time from checkout to payment, " + code + ", " + period,
                "The median and the 90th percentile, bars scaled to the longer. The figures are in the table below.", "bar-time",
                List.of(new KpiChart.Row("Median", p50.orElse(-1), scale, seconds(p50)),
                        new KpiChart.Row("90th percentile", p90.orElse(-1), scale, seconds(p90))));
    }

    private static List<KpiView.Figure> figures(Kpis kpis, String currency) {
        List<KpiView.Figure> figures = new ArrayList<>();
        figures.add(amount("grossVolume", "Gross volume", kpis.grossVolume(), currency));
        figures.add(amount("fees", "Fees earned", kpis.fees(), currency));
        figures.add(count("paidOrders", "Orders paid", kpis.paidOrders()));
        figures.add(count("failedPayments", "Failed payments", kpis.failedPayments()));
        figures.add(rate("paymentSuccessRate", "Payment success rate", kpis.paymentSuccessRate()));
        figures.add(rate("checkoutConversion", "Checkout conversion", kpis.checkoutConversion()));
        figures.add(rate("dropOffRate", "Drop-off rate", kpis.dropOffRate()));
        figures.add(duration("timeToPaySeconds.p50", "Time to pay, median", kpis.timeToPay().p50()));
        figures.add(duration("timeToPaySeconds.p90", "Time to pay, 90th percentile", kpis.timeToPay().p90()));
        figures.add(count("refunds.count", "Orders refunded", kpis.refunds().count()));
        figures.add(amount("refunds.amount", "Amount refunded", kpis.refunds().amount(), currency));
        figures.add(rate("refunds.rate", "Refund rate", kpis.refunds().rate()));
        figures.add(count("disputes.count", "Disputes opened", kpis.disputes().count()));
        figures.add(rate("disputes.rate", "Dispute rate", kpis.disputes().rate()));
        figures.add(count("disputes.open", "Disputes open now", kpis.disputes().open()));
        Optional<BigDecimal> median = kpis.disputes().medianDaysToClose();
        figures.add(new KpiView.Figure("disputes.medianDaysToClose", "Days to close a dispute, median",
                median.map(days -> days.toPlainString() + " days").orElse(NO_DATA), median.map(BigDecimal::toPlainString).orElse("")));
        Kpis.Subscriptions subscriptions = kpis.subscriptions();
        figures.add(count("subscriptions.active", "Active subscriptions now (trialing, active or past due)", subscriptions.active()));
        figures.add(count("subscriptions.trialing", "Subscriptions in their trial now", subscriptions.trialing()));
        figures.add(count("subscriptions.pastDue", "Subscriptions past due now", subscriptions.pastDue()));
        figures.add(amount("subscriptions.mrr", "Monthly recurring revenue now", subscriptions.mrr(), currency));
        figures.add(count("subscriptions.started", "New subscriptions", subscriptions.started()));
        figures.add(count("subscriptions.ended", "Subscriptions ended", subscriptions.ended()));
        figures.add(rate("subscriptions.churnRate", "Subscription churn", subscriptions.churnRate()));
        figures.add(count("payoutFailures", "Payout failures (payouts not tracked yet)", kpis.payoutFailures()));
        figures.add(duration("webhookLagSeconds", "Webhook lag, all currencies", OptionalLong.of(kpis.webhookLagSeconds())));
        figures.add(count("deadWebhookEvents", "Dead webhook events, all currencies", kpis.deadWebhookEvents()));
        return figures;
    }

    private static KpiView.Figure amount(String name, String label, long minorUnits, String currency) {
        return new KpiView.Figure(name, label, MoneyText.format(minorUnits, currency), String.valueOf(minorUnits));
    }

    private static KpiView.Figure count(String name, String label, long count) {
        return new KpiView.Figure(name, label, String.valueOf(count), String.valueOf(count));
    }

    private static KpiView.Figure rate(String name, String label, Optional<BigDecimal> rate) {
        return new KpiView.Figure(name, label, percent(rate), rate.map(BigDecimal::toPlainString).orElse(""));
    }

    private static KpiView.Figure duration(String name, String label, OptionalLong seconds) {
        return new KpiView.Figure(name, label, seconds(seconds), seconds.isPresent() ? String.valueOf(seconds.getAsLong()) : "");
    }

    /** A fraction as a percentage with two decimals (0.0075 is "0.75 %"). */
    static String percent(Optional<BigDecimal> rate) {
        return rate.map(value -> value.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %").orElse(NO_DATA);
    }

    /** Seconds as people read them: "45 s", "5 min 0 s", "2 h 5 min". */
    static String seconds(OptionalLong seconds) {
        if (seconds.isEmpty()) {
            return NO_DATA;
        }
        long total = seconds.getAsLong();
        if (total < 60) {
            return total + " s";
        }
        if (total < 3600) {
            return total / 60 + " min " + total % 60 + " s";
        }
        return total / 3600 + " h " + total % 3600 / 60 + " min";
    }
}
