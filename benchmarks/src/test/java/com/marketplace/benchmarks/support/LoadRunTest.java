package com.marketplace.benchmarks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadRunTest {

    private static final String LINE = "{\"url\":\"http://127.0.0.1:4242/webhooks/stripe\",\"mode\":\"open 400/s\",\"sent\":10000,"
            + "\"seconds\":25.03,\"acks_per_s\":399.5,\"p50_ms\":3.1,\"p99_ms\":37.25,\"max_ms\":120.5,\"codes\":{\"200\":9990,\"0\":4,\"500\":6}}";

    @Test
    void theGeneratorsResultLineGivesTheRateAndTheLatencyPercentiles() {
        LoadRun run = LoadRun.parse(LINE);

        assertEquals("open 400/s", run.mode());
        assertEquals(10_000, run.sent());
        assertEquals(25.03, run.seconds());
        assertEquals(399.5, run.acksPerSecond());
        assertEquals(3.1, run.p50Millis());
        assertEquals(37.25, run.p99Millis());
        assertEquals(120.5, run.maxMillis());
        assertEquals(Map.of("200", 9990L, "0", 4L, "500", 6L), run.statusCounts());
    }

    @Test
    void onlyTwoHundredsCountAsAcknowledgedAndARefusedConnectionIsNotOne() {
        LoadRun run = LoadRun.parse(LINE);

        assertEquals(9_990, run.acknowledged());
        assertEquals(10, run.notAcknowledged());
    }

    @Test
    void theResultLineIsFoundAfterWhateverNodePrintedBeforeIt() {
        LoadRun run = LoadRun.parse(List.of("(node:123) Warning: something deprecated", LINE, ""));

        assertEquals(399.5, run.acksPerSecond());
    }

    @Test
    void outputWithoutAResultLineIsRefusedWithWhatWasPrinted() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LoadRun.parse(List.of("Error: Cannot find module 'express'")));

        assertEquals("the load generator printed no result line: Error: Cannot find module 'express'", refused.getMessage());
    }
}
