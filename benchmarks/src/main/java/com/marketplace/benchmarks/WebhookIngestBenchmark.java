package com.marketplace.benchmarks;

import com.marketplace.benchmarks.support.BenchDatabase;
import com.marketplace.benchmarks.support.BenchMarketplace;
import com.marketplace.benchmarks.support.CpuMeter;
import com.marketplace.benchmarks.support.Delivery;
import com.marketplace.benchmarks.support.EventStream;
import com.marketplace.benchmarks.support.JdbcFloor;
import com.marketplace.benchmarks.support.JvmMemory;
import com.marketplace.benchmarks.support.Latencies;
import com.marketplace.benchmarks.support.PhaseProfiler;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.benchmarks.support.RssSampler;
import com.marketplace.benchmarks.support.StreamAudit;
import com.marketplace.benchmarks.support.WebhookSecrets;
import com.marketplace.benchmarks.support.WebhookSenders;
import com.marketplace.testsupport.SandboxStripe;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * 20,000 signed deliveries (10% duplicates, 5% late) from 32 concurrent senders over both
 * endpoints; then the same stream through {@link JdbcFloor}. Acks, ack latency, time until the
 * worker processed everything, processed twice and lost, resident memory under the load, and the
 * ratio of the end-to-end processing rate to the floor's.
 */
final class WebhookIngestBenchmark {

    static final int DELIVERIES = 20_000;
    static final int SENDERS = 32;
    private static final Set<String> HANDLED_TYPES = Set.of("account.updated", "checkout.session.completed");

    private final BenchMarketplace marketplace;
    private final BenchDatabase database;
    private final Report report;
    private final Supplier<CpuMeter> cpu;
    private final URI stripeHost;

    WebhookIngestBenchmark(BenchMarketplace marketplace, URI stripeHost, BenchDatabase database, Report report, Supplier<CpuMeter> cpu) {
        this.stripeHost = stripeHost;
        this.marketplace = marketplace;
        this.database = database;
        this.report = report;
        this.cpu = cpu;
    }

    /** A smaller stream first, so the figures are of a warmed-up JVM (cold start is measured on its own). */
    void warmUp(List<String> accounts, List<String> sessions) throws Exception {
        EventStream warmUp = EventStream.generate("evt_warmup_", 3_000, 0.1, 0.05, accounts, sessions, WebhookSecrets.sandboxDefaults(), 7);
        new WebhookSenders(SENDERS, List.of(marketplace.baseUri()), Duration.ofSeconds(60)).send(warmUp.deliveries());
        new StreamAudit(database, "evt_warmup_").awaitSettled(warmUp.eventIds().size(), Duration.ofMinutes(5));
    }

    void run(List<String> accounts, List<String> sessions) throws Exception {
        report.section("Webhook ingest: " + DELIVERIES + " deliveries, " + SENDERS + " senders, both endpoints");
        EventStream stream = EventStream.generate("evt_bench_", DELIVERIES, 0.10, 0.05, accounts, sessions, WebhookSecrets.sandboxDefaults(), 42);
        report.figure("deliveries sent", stream.deliveries().size(), "");
        report.figure("distinct events", stream.eventIds().size(), "");
        report.figure("redeliveries (duplicates)", stream.redeliveries(), "");
        report.figure("deliveries arriving after newer events", stream.lateDeliveries(), "");

        StreamAudit audit = new StreamAudit(database, "evt_bench_");
        WebhookSenders.Outcome sent;
        double secondsToProcessed;
        double peakRss;
        CpuMeter ingestCpu = cpu.get().start();
        Map<String, Double> cpuWhileSending;
        Map<String, Double> cpuWhileDraining;
        JvmMemory.Breakdown memory;
        long started = System.nanoTime();
        try (RssSampler rss = new RssSampler(marketplace.process())) {
            try (PhaseProfiler profile = new PhaseProfiler(marketplace.process().pid(), "ingest", Benchmark.OUTPUT)) {
                sent = new WebhookSenders(SENDERS, List.of(marketplace.baseUri()), Duration.ofSeconds(60)).send(stream.deliveries());
            }
            cpuWhileSending = ingestCpu.stop();
            memory = JvmMemory.of(marketplace.process().pid());
            CpuMeter drainCpu = cpu.get().start();
            double settled = audit.awaitSettled(stream.eventIds().size(), Duration.ofMinutes(15));
            secondsToProcessed = settled < 0 ? -1 : (System.nanoTime() - started) / 1e9;
            peakRss = rss.peakMegabytes();
            cpuWhileDraining = drainCpu.stop();
        }
        double acksPerSecond = sent.acknowledgedDeliveries() / sent.elapsedSeconds();
        report.atLeast("acknowledged per second", acksPerSecond, "ev/s", 1000);
        report.figure("ack latency p50", sent.ackLatencies().percentileMillis(50), "ms");
        report.atMost("ack latency p99", sent.ackLatencies().percentileMillis(99), "ms", 25);
        report.figure("ack latency max", sent.ackLatencies().maxMillis(), "ms");
        report.figure("deliveries not answered 2xx at first try", sent.attempts() - sent.acknowledgedDeliveries(), "");
        report.figure("time until all processed (from first send)", secondsToProcessed, "s");
        StreamAudit.Result result = audit.result(sent.acknowledgedEventIds());
        report.mustBeZero("events processed twice", result.processedTwice());
        report.mustBeZero("events lost (acknowledged, never processed)", result.lost() + sent.givenUp().size());
        report.mustBeZero("events marked processed without their handlers' effects", result.processedWithoutEffect());
        report.atMost("resident memory (RSS) peak under ingest", peakRss, "MB", 512);
        report.figure("  of which Java heap committed (at the end of sending)", memory.heapCommittedMb(), "MB");
        report.figure("  Java heap in use then", memory.heapUsedMb(), "MB");
        report.figure("  metaspace committed", memory.metaspaceCommittedMb(), "MB");
        report.figure("  JVM threads", memory.threads(), "");

        double processingRate = stream.eventIds().size() / secondsToProcessed;
        report.figure("end-to-end processing rate", processingRate, "ev/s");
        CpuMeter.report(report, "while sending", cpuWhileSending);
        CpuMeter.report(report, "after sending, until processed", cpuWhileDraining);

        report.section("Floor: the same stream's inserts and updates in plain JDBC, same database and durability");
        JdbcFloor.Result floor = new JdbcFloor(database, SENDERS, 10, 200).run(stream.deliveries(), HANDLED_TYPES, stream.eventIds().size());
        report.figure("floor inserts per second", stream.deliveries().size() / floor.ingestSeconds(), "ev/s");
        report.figure("floor time until all processed", floor.processedSeconds(), "s");
        double floorRate = stream.eventIds().size() / floor.processedSeconds();
        report.figure("floor processing rate", floorRate, "ev/s");
        report.figure("acks per second / floor inserts per second", 100 * acksPerSecond / (stream.deliveries().size() / floor.ingestSeconds()), "%");
        report.atLeast("processing rate / floor processing rate", 100 * processingRate / floorRate, "%", 50);
        reReadShare(accounts, sessions, stream, processingRate);
    }

    /**
     * What the floor leaves out on purpose: each handled event is re-read from Stripe (DESIGN: the
     * payload is only a hint). Times the same GETs against the sandbox directly and relates them to
     * the instance's time per event.
     */
    private void reReadShare(List<String> accounts, List<String> sessions, EventStream stream, double processingRate) throws Exception {
        SandboxStripe stripe = new SandboxStripe(stripeHost);
        Latencies accountReads = new Latencies();
        Latencies sessionReads = new Latencies();
        for (int i = 0; i < 1_200; i++) {
            long started = System.nanoTime();
            stripe.client().accounts().retrieve(accounts.get(i % accounts.size()));
            long accountRead = System.nanoTime() - started;
            started = System.nanoTime();
            stripe.client().checkout().sessions().retrieve(sessions.get(i % sessions.size()));
            long sessionRead = System.nanoTime() - started;
            if (i >= 200) {
                accountReads.add(accountRead);
                sessionReads.add(sessionRead);
            }
        }
        long handled = stream.deliveries().stream().filter(d -> HANDLED_TYPES.contains(d.type())).map(Delivery::eventId).distinct().count();
        double reReadMillisPerEvent = (accountReads.percentileMillis(50) * 35 + sessionReads.percentileMillis(50) * 25) / 60.0
                * handled / stream.eventIds().size();
        report.figure("Stripe re-read at the sandbox (GET account) p50", accountReads.percentileMillis(50), "ms");
        report.figure("Stripe re-read at the sandbox (GET session) p50", sessionReads.percentileMillis(50), "ms");
        // With several worker loops these overlap: the second is a loop's own wait, the first the instance's pace.
        report.figure("time per event, whole instance (1 / processing rate)", 1000 / processingRate, "ms");
        report.figure("re-reading from Stripe per event, in the loop handling it (one GET per handled event, p50)", reReadMillisPerEvent, "ms");
    }
}
