package com.marketplace.benchmarks.faults;

import com.marketplace.benchmarks.support.EventStream;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.benchmarks.support.StreamAudit;
import com.marketplace.benchmarks.support.WebhookSenders;

/** The five numbers every fault scenario reports for its genuine events. */
final class StreamFigures {

    private StreamFigures() {
    }

    static void report(Report report, EventStream stream, WebhookSenders.Outcome sent, StreamAudit.Result result) {
        report.figure("events sent (distinct; deliveries incl. duplicates: " + stream.deliveries().size() + ")", stream.eventIds().size(), "");
        report.figure("events acknowledged", sent.acknowledgedEventIds().size(), "");
        report.figure("events processed", result.processed(), "");
        report.mustBeZero("events lost (sent, never processed)", stream.eventIds().size() - result.processed());
        report.mustBeZero("events processed twice", result.processedTwice());
        report.mustBeZero("events marked processed without their handlers' effects", result.processedWithoutEffect());
        report.figure("events that needed more than one attempt", result.retried(), "");
    }
}
