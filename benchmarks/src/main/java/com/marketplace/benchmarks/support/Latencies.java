package com.marketplace.benchmarks.support;

import java.util.Arrays;

/** Response times recorded by many threads; percentiles by the nearest-rank method, in milliseconds. */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    public synchronized void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    public synchronized int count() {
        return size;
    }

    /** The {@code percent}-th percentile (0 < percent <= 100) in ms; 0 when nothing was recorded. */
    public synchronized double percentileMillis(double percent) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1_000_000.0;
    }

    public double maxMillis() {
        return percentileMillis(100);
    }
}
