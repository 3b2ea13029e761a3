package com.marketplace.webhooks.application;

import com.marketplace.platform.kernel.health.BackgroundLoops;
import com.marketplace.platform.kernel.lifecycle.MarketplaceStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the inbox worker's loops with the application and stops them with it. Each loop drains
 * the inbox on its own container-managed thread; the loops share it the way instances do (claims
 * skip rows another holds), so several keep the database and Stripe busy while one waits on the
 * other. The pool is the application's own, sized by {@code WEBHOOK_WORKER_THREADS}: the server's
 * default scheduled executor is shared with everything else and its size is not ours to set.
 */
@ApplicationScoped
public class InboxWorkerLifecycle {

    private static final Logger LOG = Logger.getLogger(InboxWorkerLifecycle.class.getName());
    private static final long STOP_GRACE_SECONDS = 10;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    InboxWorker worker;

    @Inject
    WebhookSettings settings;

    @Inject
    BackgroundLoops backgroundLoops;

    private ScheduledExecutorService loops;

    // Started once the schema exists (after the migrations), not merely when CDI is up.
    void start(@Observes MarketplaceStarted marketplaceStarted) {
        int threads = settings.workerThreads();
        long interval = settings.pollInterval().toMillis();
        loops = Executors.newScheduledThreadPool(threads, threadFactory);
        for (int loop = 0; loop < threads; loop++) {
            // Idle, the loops look in turn: the inbox is still asked once per interval, not once per loop.
            backgroundLoops.register("webhook inbox loop " + (loop + 1),
                    loops.scheduleWithFixedDelay(this::pass, loop * interval, threads * interval, TimeUnit.MILLISECONDS));
        }
        LOG.info("Webhook inbox worker " + worker.workerId() + " started: " + threads + " loops taking turns every " + interval + " ms");
    }

    private void pass() {
        try {
            worker.drain();
        } catch (RuntimeException e) {
            // The database may be down: the next pass tries again; the loop itself never dies.
            LOG.log(Level.WARNING, "webhook inbox pass failed: " + e.getMessage());
        }
    }

    /** Lets a pass in flight finish its event (a claim cut short would wait out its lease). */
    @PreDestroy
    void stop() {
        if (loops == null) {
            return;
        }
        backgroundLoops.stopping();
        loops.shutdown();
        try {
            if (!loops.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                loops.shutdownNow();
            }
        } catch (InterruptedException e) {
            loops.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
