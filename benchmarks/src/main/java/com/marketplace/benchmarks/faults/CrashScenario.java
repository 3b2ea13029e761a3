package com.marketplace.benchmarks.faults;

import com.marketplace.benchmarks.support.BenchMarketplace;
import com.marketplace.benchmarks.support.EventStream;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.benchmarks.support.StreamAudit;
import com.marketplace.benchmarks.support.WebhookSenders;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * SIGKILL in the middle of processing (and of the stream), then a restart on the same database
 * and port: the dead worker's open transactions roll back, its claimed rows become due when their
 * lease ends, and Stripe's retries reach the new process. Answers the restarted marketplace.
 */
final class CrashScenario {

    BenchMarketplace run(FaultRig rig, BenchMarketplace marketplace, Report report) throws Exception {
        report.section("Marketplace killed with SIGKILL mid-processing, then restarted");
        EventStream stream = rig.stream("evt_crash_", 6_000, 13);
        AtomicLong claimedAtKill = new AtomicLong();
        AtomicLong processedAtKill = new AtomicLong();
        AtomicReference<BenchMarketplace> restarted = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread crash = new Thread(() -> {
            try {
                // Mid-processing: some events done, and a batch claimed by the worker right now.
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (System.nanoTime() < deadline && (rig.database.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE"
                        + " 'evt_crash_%' AND status IN ('processed', 'ignored')") < 200 || rig.database.count("SELECT COUNT(*) FROM"
                        + " webhook_events WHERE event_id LIKE 'evt_crash_%' AND status = 'processing'") == 0)) {
                    Thread.sleep(5);
                }
                marketplace.process().kill();
                claimedAtKill.set(rig.database.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE 'evt_crash_%' AND status = 'processing'"));
                processedAtKill.set(rig.database.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE 'evt_crash_%'"
                        + " AND status IN ('processed', 'ignored')"));
                restarted.set(rig.startPrimary("fault-a-restarted"));
            } catch (Exception e) {
                failure.set(e);
            }
        }, "crash");
        crash.start();
        WebhookSenders.Outcome sent = rig.senders(16, List.of(marketplace.baseUri())).send(stream.deliveries());
        crash.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        StreamAudit.Result result = rig.settle("evt_crash_", stream, sent);
        report.figure("events processed before the kill", processedAtKill.get(), "");
        report.figure("events claimed by the killed worker (status processing)", claimedAtKill.get(), "");
        report.figure("deliveries refused while it was down (no answer)", sent.answered(0), "");
        report.figure("restart: JVM launch to /health/ready UP", restarted.get().secondsToHealthy(), "s");
        StreamFigures.report(report, stream, sent, result);
        return restarted.get();
    }
}
