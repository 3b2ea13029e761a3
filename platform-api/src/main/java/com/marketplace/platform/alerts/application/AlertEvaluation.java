package com.marketplace.platform.alerts.application;

import com.marketplace.platform.alerts.domain.Alert;
import com.marketplace.platform.alerts.domain.AlertLog;
import com.marketplace.platform.alerts.domain.AlertRules;
import com.marketplace.platform.alerts.domain.AlertThresholds;
import com.marketplace.platform.alerts.domain.Breach;
import com.marketplace.platform.alerts.domain.BusinessSignals;
import com.marketplace.platform.kernel.leases.JobLease;
import com.marketplace.platform.alerts.domain.SignalSource;
import com.marketplace.platform.kpis.domain.WebhookBacklog;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import com.marketplace.platform.notifications.domain.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One pass of the alert rules: reads the signals, opens an alert for each rule that holds and has
 * none open (mailing the admins), closes the open ones whose rule no longer holds. One instance at a time: the pass
 * first takes the {@value #LEASE} lease, and an instance that cannot simply skips its turn.
 */
@ApplicationScoped
public class AlertEvaluation {

    static final String LEASE = "alert-evaluation";

    private final String instance = "alerts-" + UUID.randomUUID();
    private SignalSource signals;
    private WebhookBacklog webhooks;
    private AlertLog alerts;
    private JobLease lease;
    private Outbox outbox;
    private AlertNotices notices;
    private AlertSettings settings;
    private Clock clock;

    protected AlertEvaluation() {
        // for CDI proxies
    }

    @Inject
    public AlertEvaluation(SignalSource signals, WebhookBacklog webhooks, Outbox outbox, AlertLog alerts, JobLease lease,
                           AlertNotices notices, AlertSettings settings) {
        this(signals, webhooks, outbox, alerts, lease, notices, settings, Clock.systemUTC());
    }

    public AlertEvaluation(SignalSource signals, WebhookBacklog webhooks, Outbox outbox, AlertLog alerts, JobLease lease,
                           AlertNotices notices, AlertSettings settings, Clock clock) {
        this.signals = signals;
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.alerts = alerts;
        this.lease = lease;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a pass changed; empty lists when it found nothing new, or did not run (another instance holds the lease). */
    public record Outcome(boolean ran, List<Alert> opened, List<Alert> closed) {
    }

    @Transactional
    public Outcome evaluate() {
        Instant now = Instant.now(clock);
        // The lease outlives this pass by a little more than the interval: a pass that dies leaves it to another instance soon.
        if (!lease.hold(LEASE, instance, now, now.plus(settings.interval().multipliedBy(2)))) {
            return new Outcome(false, List.of(), List.of());
        }
        AlertThresholds thresholds = settings.thresholds();
        List<Breach> breaches = AlertRules.breached(read(now, thresholds.successWindow()), thresholds);
        List<Alert> opened = new ArrayList<>();
        for (Breach breach : breaches) {
            alerts.openUnlessOpen(breach, now).ifPresent(alert -> {
                opened.add(alert);
                // Committed with the alert or not at all; sent after commit by the notifications worker.
                notices.opened(alert, now);
            });
        }
        Set<String> stillBreached = breaches.stream().map(Breach::key).collect(Collectors.toSet());
        return new Outcome(true, opened, alerts.closeAllBut(stillBreached, now));
    }

    private BusinessSignals read(Instant now, Duration successWindow) {
        BusinessSignals orders = signals.read(now, successWindow);
        WebhookBacklog.Backlog backlog = webhooks.now();
        return new BusinessSignals(orders.payments(), orders.disputes(), orders.refundsLastHour(), orders.refundsUsualHour(),
                backlog.lagSeconds(), backlog.deadEvents(), outbox.count(NotificationStatus.DEAD), orders.payoutFailures());
    }
}
