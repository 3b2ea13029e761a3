package com.marketplace.benchmarks.faults;

import com.marketplace.benchmarks.support.BenchMarketplace;
import com.marketplace.benchmarks.support.EventStream;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.benchmarks.support.StreamAudit;
import com.marketplace.benchmarks.support.WebhookSenders;
import java.util.List;

/** Two instances on one database, behind a "load balancer" that alternates: both ingest, both workers drain the one inbox. */
final class TwoInstancesScenario {

    void run(FaultRig rig, List<BenchMarketplace> instances, Report report) throws Exception {
        report.section("Two instances on one database sharing the stream");
        EventStream stream = rig.stream("evt_pair_", 10_000, 17);
        WebhookSenders.Outcome sent = rig.senders(32, instances.stream().map(BenchMarketplace::baseUri).toList()).send(stream.deliveries());
        StreamAudit.Result result = rig.settle("evt_pair_", stream, sent);
        report.figure("workers that processed part of the stream", rig.database.count(
                "SELECT COUNT(DISTINCT claimed_by) FROM webhook_events WHERE event_id LIKE 'evt_pair_%'"), "");
        report.figure("largest share taken by one worker", 100.0 * rig.database.count("SELECT MAX(n) FROM (SELECT COUNT(*) n FROM webhook_events"
                + " WHERE event_id LIKE 'evt_pair_%' GROUP BY claimed_by) shares") / stream.eventIds().size(), "%");
        StreamFigures.report(report, stream, sent, result);
    }
}
