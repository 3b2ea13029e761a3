package com.marketplace.platform.notifications.application;

import com.marketplace.platform.kernel.health.BackgroundLoops;
import com.marketplace.platform.kernel.lifecycle.MarketplaceStarted;
import com.marketplace.platform.notifications.domain.MailTransport;
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

/** Runs the notification worker on a container-managed thread, from start-up to shutdown. */
@ApplicationScoped
public class NotificationWorkerLifecycle {

    private static final Logger LOG = Logger.getLogger(NotificationWorkerLifecycle.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NotificationWorker worker;

    @Inject
    NotificationSettings settings;

    @Inject
    MailTransport transport;

    @Inject
    BackgroundLoops backgroundLoops;

    private ScheduledFuture<?> loop;

    // Started once the schema exists (after the migrations), not merely when CDI is up.
    void start(@Observes MarketplaceStarted marketplaceStarted) {
        long every = settings.pollInterval().toMillis();
        loop = scheduler.scheduleWithFixedDelay(this::pass, every, every, TimeUnit.MILLISECONDS);
        backgroundLoops.register("notification outbox", loop);
        LOG.info("Notification outbox started (every " + every + " ms), sending through " + transport.describe());
    }

    private void pass() {
        try {
            worker.drain();
        } catch (RuntimeException e) {
            // The database may be down: the next pass tries again; the loop itself never dies.
            LOG.log(Level.WARNING, "notification outbox pass failed: " + e);
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
