package com.marketplace.benchmarks.support;

import com.marketplace.benchmarks.handlers.EffectiveHandlerRuns;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.TestWars;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The packaged marketplace in sandbox mode on a benchmark database, started as a separate process
 * ({@link MarketplaceProcess}): the production war plus {@link EffectiveHandlerRuns}, with the
 * production defaults for the webhook worker. Remembers how long it took to come up.
 */
public final class BenchMarketplace implements AutoCloseable {

    private final MarketplaceProcess process;
    private final double secondsToHealthy;
    private final double secondsToFirstPage;

    private BenchMarketplace(MarketplaceProcess process, double secondsToHealthy, double secondsToFirstPage) {
        this.process = process;
        this.secondsToHealthy = secondsToHealthy;
        this.secondsToFirstPage = secondsToFirstPage;
    }

    /** The configuration every run uses; callers add or override keys (secrets, worker settings). */
    public static Map<String, String> configuration(String jdbcUrl, String user, String password, String adminPassword) {
        Map<String, String> configuration = new HashMap<>(MarketplaceProcess.onTestDatabase(jdbcUrl, user, password));
        configuration.put("ADMIN_EMAIL", "admin@bench.test");
        configuration.put("ADMIN_PASSWORD", adminPassword);
        // Every benchmark request comes from 127.0.0.1: the per-address abuse limits would measure themselves.
        configuration.put("RATE_LIMIT_CHECKOUTS_PER_MINUTE", "1000000");
        configuration.put("RATE_LIMIT_SIGNUPS_PER_HOUR", "1000000");
        // The one application setting a run may vary from outside, to compare worker pool sizes.
        Optional.ofNullable(System.getenv("WEBHOOK_WORKER_THREADS")).ifPresent(threads -> configuration.put("WEBHOOK_WORKER_THREADS", threads));
        return configuration;
    }

    /** Starts it and waits until it is ready (/health/ready with the marketplace check UP), then for the storefront page. */
    public static BenchMarketplace start(String name, Map<String, String> configuration) throws IOException, InterruptedException {
        Path war = TestWars.warWith("bench-war", EffectiveHandlerRuns.class.getPackage());
        long launched = System.nanoTime();
        MarketplaceProcess process = MarketplaceProcess.start(name, configuration, war);
        try {
            process.awaitHealthy();
            double healthy = (System.nanoTime() - launched) / 1e9;
            process.awaitAnswer("/", null);
            double firstPage = (System.nanoTime() - launched) / 1e9;
            return new BenchMarketplace(process, healthy, firstPage);
        } catch (RuntimeException | InterruptedException e) {
            // A start that never got ready must not outlive the run: it would hold its port and cores.
            process.close();
            throw e;
        }
    }

    public URI baseUri() {
        return process.baseUri();
    }

    public MarketplaceProcess process() {
        return process;
    }

    /** From launching the JVM to the first ready answer (/health/ready with the marketplace check UP). */
    public double secondsToHealthy() {
        return secondsToHealthy;
    }

    /** From launching the JVM to the storefront answering 200 (the marketplace war deployed and serving). */
    public double secondsToFirstPage() {
        return secondsToFirstPage;
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
