package com.marketplace.platform.kpis.application;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kpis.domain.KpiFigures;
import com.marketplace.platform.kpis.domain.KpiPeriod;
import com.marketplace.platform.kpis.domain.KpiRefusal;
import com.marketplace.platform.kpis.domain.Kpis;
import com.marketplace.platform.kpis.domain.OrderFigures;
import com.marketplace.platform.kpis.domain.WebhookBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The admins' KPIs of one currency over the last 1, 7 or 30 days: the one use case the API
 * ({@code GET /api/admin/kpis}) and the admin overview page both call. Aggregate queries over the
 * orders, the subscriptions and the webhook inbox; read-only, so it needs no transaction of its own.
 */
@ApplicationScoped
public class KpiReport {

    private KpiFigures figures;
    private WebhookBacklog webhooks;
    private Clock clock;

    protected KpiReport() {
        // for CDI proxies
    }

    @Inject
    public KpiReport(KpiFigures figures, WebhookBacklog webhooks) {
        this(figures, webhooks, Clock.systemUTC());
    }

    public KpiReport(KpiFigures figures, WebhookBacklog webhooks, Clock clock) {
        this.figures = figures;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /**
     * The KPIs of {@code currency} (a lowercase code the marketplace sells in) over the last
     * {@code days} days ("1", "7" or "30"; 30 when absent), both as a request writes them.
     *
     * @throws KpiRefusal naming the parameter when either is not one of those
     */
    public Kpis of(String currency, Optional<String> days) {
        return of(period(currency, days));
    }

    public Kpis of(KpiPeriod period) {
        OrderFigures orders = figures.orders(period);
        return Kpis.of(period, orders.counts(), orders.secondsToPay(), figures.hoursToCloseDispute(period),
                figures.subscriptions(period), figures.payoutFailures(period), webhooks.now());
    }

    /** The period a request names, checked: the API and the page refuse the same values with the same words. */
    public KpiPeriod period(String currency, Optional<String> days) {
        if (currency == null || currency.isBlank()) {
            throw refused("currency is required: one of the marketplace's currencies, such as usd");
        }
        String code = currency.trim().toLowerCase(Locale.ROOT);
        if (!SupportedCurrencies.isSupported(code)) {
            throw refused("currency must be one of the marketplace's currencies, such as usd; got '" + abbreviated(currency) + "'");
        }
        Optional<String> given = days.map(String::trim).filter(text -> !text.isEmpty());
        int window = given.map(KpiReport::window).orElse(KpiPeriod.DEFAULT_DAYS);
        if (!KpiPeriod.DAYS.contains(window)) {
            throw refused("days must be 1, 7 or 30; got '" + abbreviated(given.orElse("")) + "'");
        }
        return KpiPeriod.ending(CurrencyCode.of(code), window, clock.instant());
    }

    private static int window(String days) {
        return days.matches("[0-9]{1,3}") ? Integer.parseInt(days) : -1;
    }

    // The value is echoed back in the message: keep a long one from filling it.
    private static String abbreviated(String value) {
        return value.length() <= 12 ? value : value.substring(0, 12) + "...";
    }

    private static KpiRefusal refused(String message) {
        return new KpiRefusal(KpiRefusal.Reason.VALIDATION_FAILED, message);
    }
}
