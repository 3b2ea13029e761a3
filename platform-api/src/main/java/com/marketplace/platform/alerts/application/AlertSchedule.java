package com.marketplace.platform.alerts.application;

import com.marketplace.platform.kernel.health.BackgroundLoops;
import com.marketplace.platform.kernel.lifecycle.MarketplaceStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Evaluates the alert rules on a container-managed thread, from start-up to shutdown. */
@ApplicationScoped
public class AlertSchedule {

    private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AlertEvaluation evaluation;

    @Inject
    AlertSettings settings;

    @Inject
    BackgroundLoops backgroundLoops;

    private ScheduledFuture<?> loop;

    // Started once the schema exists (after the migrations), not merely when CDI is up.
    void start(@Observes MarketplaceStarted marketplaceStarted) {
        long every = settings.interval().toMillis();
        loop = scheduler.scheduleWithFixedDelay(this::pass, every, every, TimeUnit.MILLISECONDS);
        backgroundLoops.register("alert evaluation", loop);
        LOG.info("Alert evaluation started (every " + every + " ms)");
    }

    private void pass() {
        try {
            AlertEvaluation.Outcome outcome = evaluation.evaluate();
            outcome.opened().forEach(alert -> LOG.warning("Alert opened: " + alert.rule().code() + " - " + alert.detail()));
            outcome.closed().forEach(alert -> LOG.info("Alert closed: " + alert.rule().code()));
        } catch (RuntimeException e) {
            // The database may be down: the next pass tries again; the loop itself never dies.
            LOG.log(Level.WARNING, "alert evaluation pass failed: " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            backgroundLoops.stopping();
            loop.cancel(false);
        }
    }
}
