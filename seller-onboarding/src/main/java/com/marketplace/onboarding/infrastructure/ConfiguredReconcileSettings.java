package com.marketplace.onboarding.infrastructure;

import com.marketplace.onboarding.application.AccountReconciler.ReconcileSettings;
import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The reconciler's keys (docs/configuration.md), each with its default. */
@ApplicationScoped
public class ConfiguredReconcileSettings implements ReconcileSettings {

    private MarketplaceConfig config;

    protected ConfiguredReconcileSettings() {
        // for CDI proxies
    }

    @Inject
    public ConfiguredReconcileSettings(MarketplaceConfig config) {
        this.config = config;
    }

    /** {@code ACCOUNT_RECONCILE_AFTER}: seconds, or an ISO-8601 duration ({@code PT1H}); default one hour. */
    @Override
    public Duration reconcileAfter() {
        String text = config.stringValue("ACCOUNT_RECONCILE_AFTER", "PT1H").trim();
        try {
            return text.startsWith("P") || text.startsWith("p") ? Duration.parse(text) : Duration.ofSeconds(Long.parseLong(text));
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("ACCOUNT_RECONCILE_AFTER must be seconds or an ISO-8601 duration, got '" + text + "'");
        }
    }

    @Override
    public Duration interval() {
        return Duration.ofMillis(config.longValue("ACCOUNT_RECONCILE_INTERVAL_MS", 60_000));
    }

    @Override
    public int maxPerMinute() {
        return (int) config.longValue("ACCOUNT_RECONCILE_MAX_PER_MINUTE", 30);
    }
}
