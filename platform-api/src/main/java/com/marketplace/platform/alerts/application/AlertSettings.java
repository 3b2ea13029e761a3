package com.marketplace.platform.alerts.application;

import com.marketplace.platform.alerts.domain.AlertThresholds;
import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The alert rules' thresholds and schedule, each with its default (docs/alerts.md). */
@ApplicationScoped
public class AlertSettings {

    private MarketplaceConfig config;

    protected AlertSettings() {
        // for CDI proxies
    }

    @Inject
    public AlertSettings(MarketplaceConfig config) {
        this.config = config;
    }

    public AlertThresholds thresholds() {
        return new AlertThresholds(
                fraction("ALERT_SUCCESS_RATE_FLOOR", 0.80),
                (int) config.longValue("ALERT_SUCCESS_MIN_ATTEMPTS", 20),
                Duration.ofMinutes(config.longValue("ALERT_SUCCESS_WINDOW_MINUTES", 60)),
                fraction("ALERT_DISPUTE_RATE_CEILING", 0.0075),
                (int) config.longValue("ALERT_DISPUTE_MIN_PAID_ORDERS", 1),
                Duration.ofSeconds(config.longValue("ALERT_WEBHOOK_LAG_SECONDS", 300)),
                fraction("ALERT_REFUND_SPIKE_MULTIPLE", 3.0),
                (int) config.longValue("ALERT_REFUND_SPIKE_MINIMUM", 5));
    }

    /** How often the rules are evaluated (on one instance at a time). */
    public Duration interval() {
        return Duration.ofMillis(config.longValue("ALERT_EVALUATION_INTERVAL_MS", 60_000));
    }

    private double fraction(String key, double defaultValue) {
        String text = config.stringValue(key, Double.toString(defaultValue)).trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalStateException(key + " must be a number, got '" + text + "'");
        }
    }
}
