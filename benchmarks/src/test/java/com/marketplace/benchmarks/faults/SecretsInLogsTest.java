package com.marketplace.benchmarks.faults;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.benchmarks.support.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fault suite's log search can fail: a secret in a log of the run is found, one outside the run's logs is not looked at. */
class SecretsInLogsTest {

    @TempDir
    Path logs;

    @Test
    void aSecretWrittenToALogOfTheRunFailsTheRun() throws Exception {
        Files.writeString(logs.resolve("fault-a.log"), "INFO started\nWARNING signing with whsec_leaked123\n");
        Report report = new Report("test");

        new SecretsInLogs().run(report, List.of(logs), "fault-", List.of("whsec_leaked123"));

        assertFalse(report.correctnessHeld());
    }

    @Test
    void logsWithoutTheSecretsPass() throws Exception {
        Files.writeString(logs.resolve("fault-a.log"), "INFO started\nWARNING webhook not stored, Stripe will retry\n");
        Report report = new Report("test");

        new SecretsInLogs().run(report, List.of(logs), "fault-", List.of("whsec_leaked123"));

        assertTrue(report.correctnessHeld());
    }

    @Test
    void onlyTheRunsOwnLogFilesAreSearched() throws Exception {
        Files.writeString(logs.resolve("shared-sandbox.log"), "an earlier test run's whsec_leaked123\n");
        Report report = new Report("test");

        new SecretsInLogs().run(report, List.of(logs), "fault-", List.of("whsec_leaked123"));

        assertTrue(report.correctnessHeld());
    }
}
