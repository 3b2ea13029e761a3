package com.marketplace.benchmarks.faults;

import com.marketplace.benchmarks.support.BenchMarketplace;
import com.marketplace.benchmarks.support.Delivery;
import com.marketplace.benchmarks.support.EventStream;
import com.marketplace.benchmarks.support.HostileDeliveries;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.benchmarks.support.StreamAudit;
import com.marketplace.benchmarks.support.WebhookSenders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * 10,000 forged, tampered, replayed and stale deliveries shuffled into genuine traffic: none is
 * acknowledged, none is stored, and the genuine events are all processed once.
 */
final class HostileTrafficScenario {

    static final int HOSTILE = 10_000;

    void run(FaultRig rig, List<BenchMarketplace> instances, Report report) throws Exception {
        report.section(HOSTILE + " forged, tampered, replayed and stale webhooks mixed into real traffic");
        EventStream stream = rig.stream("evt_mixed_", 5_000, 19);
        List<Delivery> hostile = HostileDeliveries.generate(HOSTILE, rig.accounts, rig.secrets);
        List<Delivery> mixed = new ArrayList<>(stream.deliveries());
        mixed.addAll(hostile);
        Collections.shuffle(mixed, new Random(23));
        WebhookSenders.Outcome sent = rig.senders(32, instances.stream().map(BenchMarketplace::baseUri).toList()).send(mixed);
        StreamAudit.Result result = rig.settle("evt_mixed_", stream, sent);
        report.figure("hostile deliveries sent", hostile.size(), "");
        report.figure("hostile deliveries answered 401", sent.answered(401), "");
        report.mustBeZero("hostile deliveries accepted (2xx)", sent.hostileAccepted().size());
        report.mustBeZero("hostile events stored", rig.database.count("SELECT COUNT(*) FROM webhook_events WHERE event_id LIKE ? OR event_id LIKE ?",
                HostileDeliveries.ID_PREFIX + "%", "evt_captured_%"));
        StreamFigures.report(report, stream, sent, result);
    }
}
