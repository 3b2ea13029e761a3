package com.marketplace.benchmarks;

import com.marketplace.benchmarks.support.BenchDatabase;
import com.marketplace.benchmarks.support.BenchMarketplace;
import com.marketplace.benchmarks.support.BenchShop;
import com.marketplace.benchmarks.support.CpuMeter;
import com.marketplace.benchmarks.support.FiguresDocument;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.benchmarks.support.StreamAudit;
import com.marketplace.benchmarks.support.StripeSandboxProcess;
import com.marketplace.benchmarks.support.WebhookSecrets;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.TestMariaDb;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code bin/benchmark}: the packaged marketplace in sandbox mode against MariaDB, measured side by
 * side in one run. Prints one line per figure and writes {@code target/benchmark/summary.json}.
 * Targets are reported, not asserted; a correctness figure ("must be 0") that is not 0 fails the run.
 */
public final class Benchmark {

    /** Where the summary (and, when asked for, the profiles) go. */
    static final Path OUTPUT = MarketplaceProcess.projectRoot().resolve("target/benchmark");
    private static final int SELLERS = 20;
    private static final int SESSIONS = 200;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase database = new BenchDatabase(System.getProperty("bench.db.name", "marketplace_bench")).recreate();
        Report report = new Report("benchmark");
        report.context("database", database.variable("version") + " innodb_flush_log_at_trx_commit="
                + database.variable("innodb_flush_log_at_trx_commit") + " sync_binlog=" + database.variable("sync_binlog"));
        WebhookSecrets secrets = WebhookSecrets.sandboxDefaults();
        int port = MarketplaceProcess.freePort();
        try (MarketplaceProcess stripe = StripeSandboxProcess.start("bench-stripe", port, secrets)) {
            Map<String, String> configuration = BenchMarketplace.configuration(database.jdbcUrl(), TestMariaDb.user(),
                    TestMariaDb.password(), "bench-" + UUID.randomUUID());
            configuration.put("PORT", String.valueOf(port));
            StripeSandboxProcess.pointAt(configuration, stripe, secrets);
            // Named from the configuration the marketplace gets, so the summary cannot disagree with the run.
            report.context("marketplace_jvm", MarketplaceProcess.jvmOptions() + ", Payara Micro, sandbox mode (the sandbox in its own process),"
                    + " webhook worker loops: " + configuration.getOrDefault("WEBHOOK_WORKER_THREADS", "the default (WEBHOOK_WORKER_THREADS unset)")
                    + ", batch and poll at their defaults");
            measure(database, report, stripe, configuration, secrets);
        }
        // After the marketplace of the run has stopped: bin/run's own JVM on the quietest machine the run has.
        new BinRunBenchmark(report).run();

        Path summary = report.write(OUTPUT.resolve("summary.json"));
        FiguresDocument.publish(summary, MarketplaceProcess.projectRoot().resolve("docs/benchmarks.md"), "benchmark");
        if (!report.correctnessHeld()) {
            System.out.println("A correctness figure was not 0: see " + summary);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(BenchDatabase database, Report report, MarketplaceProcess stripe, Map<String, String> configuration,
            WebhookSecrets secrets) throws Exception {
        Supplier<CpuMeter> startCpu = () -> new CpuMeter().process("sandbox (Stripe)", stripe.pid()).databaseServer();
        CpuMeter firstStartCpu = startCpu.get().start();
        BenchMarketplace first = BenchMarketplace.start("bench", configuration);
        Map<String, Double> firstStart = firstStartCpu.stop();
        double firstStartOwnCpu = CpuMeter.secondsSinceLaunch(first.process().pid());
        double freshHealthy = first.secondsToHealthy();
        double freshPage = first.secondsToFirstPage();
        try (first) {
            database.createRecordingTable();
            BenchShop shop = new BenchShop(first.baseUri(), stripe.baseUri());
            List<String> accounts = new ArrayList<>();
            List<Registered> sellers = new ArrayList<>();
            for (int i = 0; i < SELLERS; i++) {
                Registered seller = shop.activeSeller("DESTINATION");
                sellers.add(seller);
                accounts.add(seller.stripeAccountId());
            }
            long everydayProduct = shop.product(sellers.get(0), 2500, 1_000_000);
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                sessions.add(shop.checkoutSession(everydayProduct));
            }
            awaitInboxQuiet(database);

            Supplier<CpuMeter> cpu = () -> new CpuMeter().process("marketplace", first.process().pid())
                    .process("sandbox (Stripe)", stripe.pid()).process("load generator", ProcessHandle.current().pid()).databaseServer();
            report.section("Memory before load");
            report.atMost("resident memory (RSS) idle after start and setup", first.process().residentKilobytes() / 1024.0, "MB", 400);
            WebhookIngestBenchmark ingest = new WebhookIngestBenchmark(first, stripe.baseUri(), database, report, cpu);
            ingest.warmUp(accounts, sessions);
            ingest.run(accounts, sessions);
            new PeerComparisonBenchmark(first.process(), database, secrets, report).run();
            awaitInboxQuiet(database);

            new CheckoutOverheadBenchmark(shop, report, first.process().pid()).run(everydayProduct, sellers.get(0).stripeAccountId());
            awaitInboxQuiet(database);

            long flashSaleProduct = shop.product(sellers.get(1), 4900, FlashSaleBenchmark.UNITS);
            new FlashSaleBenchmark(shop, database, report, cpu, first.process().pid()).run(flashSaleProduct);
            // The restart below is timed on a quiet machine: nothing left for the sandbox to deliver.
            awaitInboxQuiet(database);
            Thread.sleep(5_000);
            awaitInboxQuiet(database);
        }

        report.section("Cold start (JVM launch to first healthy answer)");
        report.figure("first start on an empty database (migrations included)", freshHealthy, "s");
        report.figure("first start on an empty database, storefront 200", freshPage, "s");
        // What else was busy while each start ran, and the start's own CPU: a start is CPU-bound class loading.
        report.figure("first start: the marketplace's own CPU until storefront 200", firstStartOwnCpu, "s");
        CpuMeter.report(report, "first start", firstStart);
        CpuMeter restartCpu = startCpu.get().start();
        try (BenchMarketplace again = BenchMarketplace.start("bench-restart", configuration)) {
            Map<String, Double> restart = restartCpu.stop();
            report.atMost("cold start, schema in place: /health/ready UP", again.secondsToHealthy(), "s", 10);
            report.atMost("cold start, schema in place: /health/ready UP, against the first start", again.secondsToHealthy(), "s",
                    freshHealthy, "the first start's " + Report.format(freshHealthy));
            report.figure("cold start, schema in place: storefront 200", again.secondsToFirstPage(), "s");
            report.figure("cold start: the marketplace's own CPU until storefront 200", CpuMeter.secondsSinceLaunch(again.process().pid()), "s");
            CpuMeter.report(report, "cold start", restart);
        }
    }

    /** The sandbox's own events (onboarding, sessions) are processed before anything is timed. */
    private static void awaitInboxQuiet(BenchDatabase database) throws Exception {
        new StreamAudit(database, "").awaitSettled(0, Duration.ofMinutes(5));
    }
}
