package com.marketplace.onboarding.application;

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

/** Runs the account reconciler on a container-managed thread, from start-up to shutdown. */
@ApplicationScoped
public class ReconcilerSchedule {

    private static final Logger LOG = Logger.getLogger(ReconcilerSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AccountReconciler reconciler;

    @Inject
    AccountReconciler.ReconcileSettings settings;

    @Inject
    BackgroundLoops backgroundLoops;

    private ScheduledFuture<?> loop;

    // Started once the schema exists (after the migrations), not merely when CDI is up.
    void start(@Observes MarketplaceStarted marketplaceStarted) {
        long every = settings.interval().toMillis();
        loop = scheduler.scheduleWithFixedDelay(this::pass, every, every, TimeUnit.MILLISECONDS);
        backgroundLoops.register("account reconciler", loop);
        LOG.info("Account reconciler started (every " + every + " ms)");
    }

    private void pass() {
        try {
            reconciler.pass();
        } catch (RuntimeException e) {
            // The database or Stripe may be down: the next pass tries again; the loop itself never dies.
            LOG.log(Level.WARNING, "account reconciler pass failed: " + e);
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
