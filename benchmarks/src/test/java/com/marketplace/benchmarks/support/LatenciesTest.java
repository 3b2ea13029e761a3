package com.marketplace.benchmarks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesUseTheNearestRankOfWhatWasRecorded() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms * 1_000_000L);
        }
        assertEquals(50.0, latencies.percentileMillis(50));
        assertEquals(99.0, latencies.percentileMillis(99));
        assertEquals(100.0, latencies.maxMillis());
        assertEquals(1.0, latencies.percentileMillis(1));
    }

    @Test
    void nothingRecordedReadsAsZero() {
        assertEquals(0.0, new Latencies().percentileMillis(99));
    }
}
