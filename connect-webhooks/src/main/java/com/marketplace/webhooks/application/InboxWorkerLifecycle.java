package com.marketplace.webhooks.application;

import com.marketplace.platform.shared.lifecycle.MarketplaceStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the inbox worker with the application (a container-managed thread) and stops it with it. */
@ApplicationScoped
public class InboxWorkerLifecycle {

    private static final Logger LOG = Logger.getLogger(InboxWorkerLifecycle.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    InboxWorker worker;

    @Inject
    WebhookSettings settings;

    private ScheduledFuture<?> loop;

    // Started once the schema exists (after the migrations), not merely when CDI is up.
    void start(@Observes MarketplaceStarted marketplaceStarted) {
        long interval = settings.pollInterval().toMillis();
        loop = scheduler.scheduleWithFixedDelay(this::pass, 0, interval, TimeUnit.MILLISECONDS);
        LOG.info("Webhook inbox worker " + worker.workerId() + " started (every " + interval + " ms)");
    }

    private void pass() {
        try {
            worker.drain();
        } catch (RuntimeException e) {
            // The database may be down: the next pass tries again; the loop itself never dies.
            LOG.log(Level.WARNING, "webhook inbox pass failed: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.cancel(false);
        }
    }
}
