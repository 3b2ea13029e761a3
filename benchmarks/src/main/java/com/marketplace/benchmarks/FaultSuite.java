package com.marketplace.benchmarks;

import com.marketplace.benchmarks.faults.FaultScenarios;
import com.marketplace.benchmarks.support.FiguresDocument;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.TestMariaDb;
import java.nio.file.Path;

/**
 * {@code bin/fault-suite}: the worst days, on loopback, in about ten minutes. The database stopped
 * for 30 s mid-stream; the marketplace killed with SIGKILL mid-processing and restarted; two
 * instances sharing one database and one stream; 10,000 hostile webhooks mixed into real traffic;
 * every log searched for the run's secrets. Each scenario reports events sent, acknowledged,
 * processed, lost and processed twice; a "must be 0" that is not 0 fails the run.
 */
public final class FaultSuite {

    private FaultSuite() {
    }

    public static void main(String[] args) throws Exception {
        Report report = new Report("fault-suite");
        report.context("database_server", TestMariaDb.host() + ":" + TestMariaDb.port());
        new FaultScenarios(System.getProperty("faults.db.name", "marketplace_faults"), report).runAll();
        Path summary = report.write(MarketplaceProcess.projectRoot().resolve("target/fault-suite/summary.json"));
        FiguresDocument.publish(summary, MarketplaceProcess.projectRoot().resolve("docs/benchmarks.md"), "fault-suite");
        if (!report.correctnessHeld()) {
            System.out.println("A correctness figure was not 0: see " + summary);
            System.exit(1);
        }
        System.exit(0);
    }
}
