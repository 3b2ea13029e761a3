package com.marketplace.platform.orders.workers;

import com.marketplace.platform.orders.payment.OrderReconciler;
import com.marketplace.platform.orders.refunds.RefundOutboxWorker;
import com.marketplace.platform.kernel.health.BackgroundLoops;
import com.marketplace.platform.kernel.lifecycle.MarketplaceStarted;
import jakarta.annotation.PreDestroy;
import com.marketplace.platform.orders.transfers.TransferOutboxWorker;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the refund outbox and the reconciler on container-managed threads, from start-up to shutdown. */
@ApplicationScoped
public class OrderWorkersLifecycle {

    private static final Logger LOG = Logger.getLogger(OrderWorkersLifecycle.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RefundOutboxWorker refunds;

    @Inject
    OrderReconciler reconciler;

    @Inject
    TransferOutboxWorker transfers;

    @Inject
    OrderSettings settings;

    @Inject
    BackgroundLoops backgroundLoops;

    private final List<ScheduledFuture<?>> loops = new ArrayList<>();

    // Started once the schema exists (after the migrations), not merely when CDI is up.
    void start(@Observes MarketplaceStarted marketplaceStarted) {
        long refundEvery = settings.refundPollInterval().toMillis();
        long reconcileEvery = settings.reconcileInterval().toMillis();
        loops.add(scheduler.scheduleWithFixedDelay(() -> guarded("refund outbox", refunds::drain), refundEvery, refundEvery, TimeUnit.MILLISECONDS));
        backgroundLoops.register("refund outbox", loops.get(loops.size() - 1));
        LOG.info("Refund outbox started (every " + refundEvery + " ms)");
        // Transfers of purchases across sellers, at the refunds' pace: both are money owed after a confirmation.
        loops.add(scheduler.scheduleWithFixedDelay(() -> guarded("transfer outbox", transfers::drain), refundEvery, refundEvery, TimeUnit.MILLISECONDS));
        backgroundLoops.register("transfer outbox", loops.get(loops.size() - 1));
        if (!settings.reconcilerEnabled()) {
            LOG.warning("The order reconciler is off (RECONCILER_ENABLED=false): an order no webhook settles stays unsettled");
            return;
        }
        loops.add(scheduler.scheduleWithFixedDelay(() -> guarded("reconciler", reconciler::pass), reconcileEvery, reconcileEvery, TimeUnit.MILLISECONDS));
        backgroundLoops.register("order reconciler", loops.get(loops.size() - 1));
        LOG.info("Order reconciler started (every " + reconcileEvery + " ms, orders idle " + settings.reconcileAfter().toSeconds() + " s)");
    }

    private static void guarded(String name, Runnable pass) {
        try {
            pass.run();
        } catch (RuntimeException e) {
            // The database or Stripe may be down: the next pass tries again; the loop itself never dies.
            LOG.log(Level.WARNING, name + " pass failed: " + e);
        }
    }

    @PreDestroy
    void stop() {
        backgroundLoops.stopping();
        loops.forEach(loop -> loop.cancel(false));
    }
}
