package com.marketplace.platform.idempotency.application;

import com.marketplace.platform.kernel.health.BackgroundLoops;
import com.marketplace.platform.kernel.lifecycle.MarketplaceStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Purges expired idempotency keys on a container-managed thread. Every instance runs it: a
 * bounded DELETE of expired rows is harmless twice, so no lease is needed.
 */
@ApplicationScoped
public class IdempotencyPurgeLifecycle {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeLifecycle.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    IdempotentRequests requests;

    @Inject
    IdempotencySettings settings;

    @Inject
    BackgroundLoops backgroundLoops;

    private ScheduledFuture<?> loop;

    void start(@Observes MarketplaceStarted marketplaceStarted) {
        long every = settings.purgeInterval().toMillis();
        loop = scheduler.scheduleWithFixedDelay(this::pass, every, every, TimeUnit.MILLISECONDS);
        backgroundLoops.register("idempotency key purge", loop);
    }

    private void pass() {
        try {
            int purged = requests.purgeExpired(Instant.now());
            if (purged > 0) {
                LOG.fine("purged " + purged + " expired idempotency keys");
            }
        } catch (RuntimeException e) {
            // The database may be down: the next pass tries again; the loop itself never dies.
            LOG.log(Level.WARNING, "idempotency key purge failed: " + e);
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
