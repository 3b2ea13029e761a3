package com.marketplace.platform.alerts.application;

import com.marketplace.platform.alerts.domain.Alert;
import com.marketplace.platform.alerts.domain.AlertLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the admins read of the alerts: the banner's open ones, and the last week's for the API. */
@ApplicationScoped
public class AlertQueries {

    static final Duration RECENT = Duration.ofDays(7);
    static final int MOST_RECENT = 100;

    private AlertLog alerts;

    protected AlertQueries() {
        // for CDI proxies
    }

    @Inject
    public AlertQueries(AlertLog alerts) {
        this.alerts = alerts;
    }

    public List<Alert> open() {
        return alerts.open();
    }

    public List<Alert> recent() {
        return alerts.openedSince(Instant.now(Clock.systemUTC()).minus(RECENT), MOST_RECENT);
    }
}
