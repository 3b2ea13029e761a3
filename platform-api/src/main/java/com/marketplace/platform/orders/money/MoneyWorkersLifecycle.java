package com.marketplace.platform.orders.money;

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

/** Runs the outbox of movements (reversals, transfers back) on a container-managed thread, from start-up to shutdown. */
@ApplicationScoped
public class MoneyWorkersLifecycle {

    private static final Logger LOG = Logger.getLogger(MoneyWorkersLifecycle.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MovementOutboxWorker movements;

    @Inject
    MoneySettings settings;

    @Inject
    BackgroundLoops backgroundLoops;

    private ScheduledFuture<?> loop;

    // Started once the schema exists (after the migrations), not merely when CDI is up.
    void start(@Observes MarketplaceStarted marketplaceStarted) {
        long every = settings.pollInterval().toMillis();
        loop = scheduler.scheduleWithFixedDelay(this::pass, every, every, TimeUnit.MILLISECONDS);
        backgroundLoops.register("movement outbox", loop);
        LOG.info("Movement outbox started (every " + every + " ms, disputes recovered by " + settings.disputeRecovery() + ")");
    }

    private void pass() {
        try {
            movements.drain();
        } catch (RuntimeException e) {
            // The database or Stripe may be down: the next pass tries again; the loop itself never dies.
            LOG.log(Level.WARNING, "movement outbox pass failed: " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.cancel(false);
        }
    }
}
