package com.marketplace.benchmarks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @Test
    void aMissedUpperBoundSaysByHowMuchInTheFiguresUnitAndAsAFactor() {
        assertEquals("31 ms (2.2x)", Report.missedBy(56, 25, "ms", true));
    }

    @Test
    void aMissedLowerBoundSaysHowMuchIsLackingAndByWhatFactorTheFigureMustGrow() {
        assertEquals("516 ev/s (2.1x)", Report.missedBy(484, 1000, "ev/s", false));
    }

    @Test
    void aRatioBelowItsTargetIsMissedByTheDifferenceOfTheRatios() {
        assertEquals("0.60 x (1.7x)", Report.missedBy(0.9, 1.5, "x", false));
    }

    @Test
    void aTargetOfZeroGivesTheDifferenceOnlyAsNoFactorOfZeroMeansAnything() {
        assertEquals("3.50 s", Report.missedBy(3.5, 0, "s", true));
    }

    @Test
    void theSummaryCarriesHowMuchAMissedTargetWasMissedByAndNothingForAMetOne(@TempDir Path dir) throws IOException {
        Report report = new Report("benchmark");
        report.atMost("open loop: marketplace ack p99, against the peer's", 54, "ms", 37, "the peer's 37");
        report.atLeast("closed loop: marketplace acks/s ÷ peer acks/s", 1.6, "x", 1.5);

        String summary = Files.readString(report.write(dir.resolve("summary.json")));

        assertTrue(summary.contains("\"target\": \"<= the peer's 37\""), summary);
        assertTrue(summary.contains("\"missed_by\": \"17 ms (1.5x)\""), summary);
        assertEquals(1, summary.split("missed_by", -1).length - 1, summary);
    }
}
