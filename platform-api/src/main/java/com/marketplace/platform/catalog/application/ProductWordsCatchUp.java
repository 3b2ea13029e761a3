package com.marketplace.platform.catalog.application;

import com.marketplace.platform.catalog.domain.ProductWordIndex;
import com.marketplace.platform.kernel.config.MarketplaceConfig;
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

/**
 * Puts into the search index the products written around the catalog: those that existed when
 * V25 made the index, and rows a bulk load inserts. Runs at start-up and then every
 * {@code PRODUCT_WORDS_INTERVAL_MS} (10 s by default), each pass indexing batches until none is left.
 */
@ApplicationScoped
public class ProductWordsCatchUp {

    private static final Logger LOG = Logger.getLogger(ProductWordsCatchUp.class.getName());

    static final int BATCH = 1_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ProductWordIndex index;

    @Inject
    MarketplaceConfig config;

    @Inject
    BackgroundLoops backgroundLoops;

    private ScheduledFuture<?> loop;

    // Started once the schema exists (after the migrations), not merely when CDI is up.
    void start(@Observes MarketplaceStarted marketplaceStarted) {
        long every = config.longValue("PRODUCT_WORDS_INTERVAL_MS", 10_000);
        loop = scheduler.scheduleWithFixedDelay(this::pass, 0, every, TimeUnit.MILLISECONDS);
        backgroundLoops.register("product words catch-up", loop);
    }

    private void pass() {
        try {
            int indexed = 0;
            int batch;
            do {
                batch = index.indexPending(BATCH);
                indexed += batch;
            } while (batch == BATCH);
            if (indexed > 0) {
                LOG.info("Search index: " + indexed + " products indexed");
            }
        } catch (RuntimeException e) {
            // The database may be down: the next pass tries again; the loop itself never dies.
            LOG.log(Level.WARNING, "product words catch-up failed: " + e);
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
