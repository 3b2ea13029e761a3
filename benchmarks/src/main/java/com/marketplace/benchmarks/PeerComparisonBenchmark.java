package com.marketplace.benchmarks;

import com.marketplace.benchmarks.support.BenchDatabase;
import com.marketplace.benchmarks.support.CpuMeter;
import com.marketplace.benchmarks.support.Delivery;
import com.marketplace.benchmarks.support.LoadGenerator;
import com.marketplace.benchmarks.support.LoadRun;
import com.marketplace.benchmarks.support.PeerProcess;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.benchmarks.support.WebhookSecrets;
import com.marketplace.testsupport.MarketplaceProcess;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The marketplace's webhook endpoint side by side with the peer ({@code ../shared/peer}: the
 * Express + stripe-node + mysql2 handler the Stripe docs teach, which does all of its work inside
 * the request), in the same run, on the same MariaDB, driven by the same generator (the peer's
 * {@code load.js}): closed loop with 32 senders, then open loop at 400 events/s.
 *
 * <p>The phases alternate (peer closed, marketplace closed, marketplace open, peer open) so that
 * neither side always gets the quieter machine, and each starts with the marketplace's inbox
 * drained: its worker would otherwise still be processing the previous phase's events on the same
 * cores. The generator's sessions ({@code cs_...}) are unknown to the marketplace: its handler asks
 * the sandbox for each, gets 404 and schedules a retry (30 s, doubling, 8 attempts). Those retries
 * would land in the later phases, so once an event's first attempt has failed the benchmark parks
 * it ({@code dead}), and counts how many it parked.
 */
final class PeerComparisonBenchmark {

    static final int WARM_UP = 2_000;
    static final int CLOSED_LOOP_EVENTS = 10_000;
    static final int OPEN_LOOP_EVENTS = 10_000;
    static final int SENDERS = 32;
    static final int RATE = 400;
    static final double DUPLICATES = 0.1;
    private static final String PEER_SECRET = "whsec_peer_benchmark";
    private static final String LOAD_EVENTS = "evt_load_%";

    private final MarketplaceProcess marketplace;
    private final BenchDatabase database;
    private final WebhookSecrets secrets;
    private final Report report;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private long parked;

    PeerComparisonBenchmark(MarketplaceProcess marketplace, BenchDatabase database, WebhookSecrets secrets, Report report) {
        this.marketplace = marketplace;
        this.database = database;
        this.secrets = secrets;
        this.report = report;
    }

    void run() throws Exception {
        Path work = Benchmark.OUTPUT.resolve("peer-work");
        Path directory = PeerProcess.prepare(PeerProcess.sourceDirectory(), work);
        LoadGenerator load = new LoadGenerator(directory.resolve("load.js"), work);
        URI marketplaceEndpoint = marketplace.baseUri().resolve(Delivery.PLATFORM_PATH);
        try (PeerProcess peer = PeerProcess.start(directory, MarketplaceProcess.freePort(), PEER_SECRET, work.resolve("peer.log"))) {
            Side peerSide = new Side("peer", peer.webhookUri(), PEER_SECRET, peer.pid());
            Side marketplaceSide = new Side("marketplace", marketplaceEndpoint, secrets.platform(), marketplace.pid());

            closed(load, peer, peerSide, "warm-up", WARM_UP);
            closed(load, peer, marketplaceSide, "warm-up", WARM_UP);
            drainMarketplace();

            Measured peerClosed = closed(load, peer, peerSide, "closed", CLOSED_LOOP_EVENTS);
            drainMarketplace();
            Measured marketplaceClosed = closed(load, peer, marketplaceSide, "closed", CLOSED_LOOP_EVENTS);
            double closedDrain = drainMarketplace();
            Measured marketplaceOpen = open(load, peer, marketplaceSide);
            double openDrain = drainMarketplace();
            Measured peerOpen = open(load, peer, peerSide);

            report.section("Webhook acks side by side with the peer: closed loop, " + SENDERS + " senders, "
                    + CLOSED_LOOP_EVENTS + " events (" + Math.round(DUPLICATES * 100) + "% redeliveries)");
            sideBySide(peerClosed, marketplaceClosed);
            report.atLeast("closed loop: marketplace acks/s ÷ peer acks/s", marketplaceClosed.load().acksPerSecond()
                    / peerClosed.load().acksPerSecond(), "x", 1.5);
            report.figure("closed loop: the marketplace's worker, until the phase's events were processed (after the sending)", closedDrain, "s");

            report.section("Webhook acks side by side with the peer: open loop, " + RATE + " events/s, " + OPEN_LOOP_EVENTS + " events");
            sideBySide(peerOpen, marketplaceOpen);
            report.atMost("open loop: marketplace ack p99", marketplaceOpen.load().p99Millis(), "ms", 25);
            report.atMost("open loop: marketplace ack p99, against the peer's", marketplaceOpen.load().p99Millis(), "ms",
                    peerOpen.load().p99Millis(), "the peer's " + Report.format(peerOpen.load().p99Millis()));
            report.figure("open loop: marketplace ack p99 ÷ peer ack p99", marketplaceOpen.load().p99Millis() / peerOpen.load().p99Millis(), "x");
            report.figure("open loop: the marketplace's worker, until the phase's events were processed (after the sending)", openDrain, "s");

            report.section("What the marketplace did with the generator's events");
            report.figure("peer: orders it marked paid (its work done in the request)", peer.paidOrders(), "");
            report.figure("marketplace: generator events processed", database.count(
                    "SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE ? AND status IN ('processed', 'ignored')", LOAD_EVENTS), "");
            report.figure("marketplace: generator events whose first attempt failed (session unknown at Stripe), parked", parked, "");
        }
    }

    private Measured closed(LoadGenerator load, PeerProcess peer, Side side, String phase, int events) throws Exception {
        String sessions = sessionPrefix(side, phase);
        if (side.name().equals("peer")) {
            peer.pendingOrders(sessions, events);
        }
        CpuMeter cpu = new CpuMeter().process(side.name(), side.pid()).databaseServer().start();
        LoadRun result = load.closedLoop(side.name() + "-" + phase, side.endpoint(), side.secret(), events, SENDERS, DUPLICATES, sessions);
        return new Measured(side, result, cpu.stop());
    }

    private Measured open(LoadGenerator load, PeerProcess peer, Side side) throws Exception {
        String sessions = sessionPrefix(side, "open");
        if (side.name().equals("peer")) {
            peer.pendingOrders(sessions, OPEN_LOOP_EVENTS);
        }
        CpuMeter cpu = new CpuMeter().process(side.name(), side.pid()).databaseServer().start();
        LoadRun result = load.openLoop(side.name() + "-open", side.endpoint(), side.secret(), OPEN_LOOP_EVENTS, RATE, DUPLICATES, sessions);
        return new Measured(side, result, cpu.stop());
    }

    /** Fresh sessions per phase and run: the peer's pending orders are the ones this phase pays. */
    private String sessionPrefix(Side side, String phase) {
        return "cs_" + run + "_" + side.name().charAt(0) + "_" + phase.replace("-", "") + "_";
    }

    private void sideBySide(Measured peer, Measured marketplace) {
        for (Measured side : new Measured[] {peer, marketplace}) {
            String name = side.side().name();
            LoadRun load = side.load();
            report.figure(name + ": acks per second (" + load.mode() + ")", load.acksPerSecond(), "ev/s");
            report.figure(name + ": ack latency p50", load.p50Millis(), "ms");
            report.figure(name + ": ack latency p99", load.p99Millis(), "ms");
            report.figure(name + ": ack latency max", load.maxMillis(), "ms");
            report.figure(name + ": answers not 2xx", load.notAcknowledged(), "");
            // CPU per event is the figure the other users of these 2 cores distort least.
            Map<String, Double> cpu = side.cpu();
            report.figure(name + ": its process's CPU per event sent", 1000 * cpu.get(name) / load.sent(), "ms");
            cpu.forEach((process, seconds) -> {
                if (process.startsWith("database server")) {
                    report.figure(name + ": the database server's CPU per event sent", 1000 * seconds / load.sent(), "ms");
                }
            });
        }
    }

    /**
     * Waits until the marketplace's worker has made its first attempt at every event it holds, then
     * parks the generator's events whose attempt failed. Repeats until none of the generator's
     * events is left to attempt: one that was claimed, or redelivered, while the others were parked
     * fails after them, and its retries would otherwise land in the flash sale (seen: 31 of 19,778).
     * Answers how long the first attempts took.
     */
    private double drainMarketplace() throws Exception {
        long started = System.nanoTime();
        long deadline = started + 15L * 60 * 1_000_000_000;
        double seconds = -1;
        do {
            while (database.count("SELECT COUNT(*) FROM webhook_events WHERE status IN ('received', 'processing')") > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the marketplace's inbox did not drain within 15 minutes");
                }
                Thread.sleep(100);
            }
            if (seconds < 0) {
                seconds = (System.nanoTime() - started) / 1e9;
            }
            try (var connection = database.connect(); var park = connection.prepareStatement("UPDATE webhook_events SET status = 'dead',"
                    + " last_error = 'parked by the benchmark: a load.js session no order has' WHERE event_id LIKE ? AND status = 'failed'")) {
                park.setString(1, LOAD_EVENTS);
                parked += park.executeUpdate();
            }
            Thread.sleep(1_000);
        } while (database.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE '" + LOAD_EVENTS
                + "' AND status IN ('received', 'processing', 'failed')") > 0);
        return seconds;
    }

    private record Side(String name, URI endpoint, String secret, long pid) {
    }

    private record Measured(Side side, LoadRun load, Map<String, Double> cpu) {
    }
}
