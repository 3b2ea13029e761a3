package com.marketplace.benchmarks.faults;

import com.marketplace.benchmarks.support.BenchMarketplace;
import com.marketplace.benchmarks.support.EventStream;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.benchmarks.support.StreamAudit;
import com.marketplace.benchmarks.support.WebhookSenders;
import java.util.List;

/**
 * The database goes away for 30 s while events stream in: deliveries meanwhile get 503 (not
 * stored, not acknowledged) and Stripe retries them; the worker's passes fail and resume. When the
 * database is back, every event is processed once.
 */
final class DatabaseOutageScenario {

    static final int OUTAGE_SECONDS = 30;

    void run(FaultRig rig, BenchMarketplace marketplace, Report report) throws Exception {
        report.section("Database stopped for " + OUTAGE_SECONDS + " s mid-stream");
        EventStream stream = rig.stream("evt_outage_", 6_000, 11);
        Thread outage = new Thread(() -> {
            try {
                Thread.sleep(3_000);
                rig.proxy.stop();
                Thread.sleep(OUTAGE_SECONDS * 1000L);
                rig.proxy.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "database-outage");
        outage.start();
        WebhookSenders.Outcome sent = rig.senders(16, List.of(marketplace.baseUri())).send(stream.deliveries());
        outage.join();
        StreamAudit.Result result = rig.settle("evt_outage_", stream, sent);
        report.figure("deliveries answered 503 while the database was away", sent.answered(503), "");
        StreamFigures.report(report, stream, sent, result);
    }
}
