package com.marketplace.benchmarks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresDocumentTest {

    private static final String SUMMARY = """
            {"title":"benchmark",
             "context":{"started_at":"2026-12-01T09:00:00Z","commit":"abc123def456","cpu":"AMD EPYC","cores":"2",
                        "memory":"23 GiB","java":"OpenJDK 17.0.15","finished_at":"2026-12-01T09:08:00Z"},
             "figures":[
               {"name":"webhook acknowledgements per second","value":484.2,"unit":"/s","target":">= 1000","met":false},
               {"name":"events processed twice","value":0,"unit":"","target":"must be 0","met":true},
               {"name":"end-to-end processing rate","value":175.25,"unit":"events/s"}],
             "correctness_held":true}
            """;

    @Test
    void theFiguresBetweenTheMarkersAreReplacedByTheSummarysAndTheProseAroundThemIsKept(@TempDir Path dir) throws IOException {
        Path summary = Files.writeString(dir.resolve("summary.json"), SUMMARY);
        Path document = Files.writeString(dir.resolve("benchmarks.md"), "# Figures\n\nBefore.\n\n<!-- figures:benchmark:begin -->\n"
                + "| old | 1 |\n<!-- figures:benchmark:end -->\n\nThe reading of them.\n");

        FiguresDocument.publish(summary, document, "benchmark");

        String published = Files.readString(document);
        assertTrue(published.startsWith("# Figures\n\nBefore.\n\n<!-- figures:benchmark:begin -->\n"), published);
        assertTrue(published.endsWith("<!-- figures:benchmark:end -->\n\nThe reading of them.\n"), published);
        assertFalse(published.contains("| old | 1 |"), published);
        assertTrue(published.contains("| webhook acknowledgements per second | 484 /s | >= 1000: **missed** |"), published);
        assertTrue(published.contains("| events processed twice | 0 | must be 0: ok |"), published);
        assertTrue(published.contains("| end-to-end processing rate | 175 events/s |  |"), published);
    }

    @Test
    void theBlockNamesTheCommitAndTheMachineTheFiguresCameFrom() {
        String block = FiguresDocument.render(jakarta.json.Json.createReader(new java.io.StringReader(SUMMARY)).readObject(), "summary.json");

        assertTrue(block.startsWith("Generated from the `benchmark` run's `summary.json`: started 2026-12-01T09:00:00Z on commit"
                + " `abc123def456`, 2 cores of AMD EPYC, 23 GiB, OpenJDK 17.0.15. Correctness held: yes."), block);
    }

    @Test
    void aCorrectnessFigureThatIsNotZeroIsShownAsFailed() {
        String failed = SUMMARY.replace("\"value\":0,\"unit\":\"\",\"target\":\"must be 0\",\"met\":true",
                "\"value\":3,\"unit\":\"\",\"target\":\"must be 0\",\"met\":false").replace("\"correctness_held\":true", "\"correctness_held\":false");

        String block = FiguresDocument.render(jakarta.json.Json.createReader(new java.io.StringReader(failed)).readObject(), "summary.json");

        assertTrue(block.contains("| events processed twice | 3 | must be 0: **FAILED** |"), block);
        assertTrue(block.contains("Correctness held: **no**."), block);
    }

    @Test
    void aDocumentWithoutTheMarkersIsRefusedRatherThanAppendedTo() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> FiguresDocument.replaceBlock("# No markers here\n", "benchmark", "| a | 1 |\n"));

        assertEquals("the document has no <!-- figures:benchmark:begin --> ... <!-- figures:benchmark:end --> block", refused.getMessage());
    }

    @Test
    void anotherRunsBlockInTheSameDocumentIsLeftAlone() {
        String document = "<!-- figures:benchmark:begin -->\nold\n<!-- figures:benchmark:end -->\n"
                + "<!-- figures:fault-suite:begin -->\nfaults\n<!-- figures:fault-suite:end -->\n";

        String replaced = FiguresDocument.replaceBlock(document, "benchmark", "new\n");

        assertEquals("<!-- figures:benchmark:begin -->\nnew\n<!-- figures:benchmark:end -->\n"
                + "<!-- figures:fault-suite:begin -->\nfaults\n<!-- figures:fault-suite:end -->\n", replaced);
    }

    @Test
    void aMissedTargetIsShownWithHowMuchItWasMissedBy() {
        String missed = SUMMARY.replace("\"target\":\">= 1000\",\"met\":false", "\"target\":\">= 1000\",\"met\":false,\"missed_by\":\"516 /s (2.1x)\"");

        String block = FiguresDocument.render(jakarta.json.Json.createReader(new java.io.StringReader(missed)).readObject(), "summary.json");

        assertTrue(block.contains("| webhook acknowledgements per second | 484 /s | >= 1000: **missed** by 516 /s (2.1x) |"), block);
    }
}
