package com.marketplace.benchmarks.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With {@code -Dbench.profile=true} ({@code BENCH_PROFILE=1 bin/benchmark}), records a Java Flight
 * Recorder profile of the marketplace during one phase, through the JDK's {@code jcmd}, into
 * {@code target/benchmark/<phase>.jfr} ({@code jfr print --events jdk.ExecutionSample} reads it).
 * Off by default: the published figures are taken without a profiler attached.
 */
public final class PhaseProfiler implements AutoCloseable {

    private final long pid;
    private final String phase;
    private final Path output;
    private final boolean enabled = Boolean.getBoolean("bench.profile");

    public PhaseProfiler(long pid, String phase, Path outputFolder) {
        this.pid = pid;
        this.phase = phase;
        this.output = outputFolder.resolve(phase + ".jfr").toAbsolutePath();
        if (enabled) {
            try {
                Files.createDirectories(outputFolder);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Jcmd.run(pid, "JFR.start", "name=" + phase, "settings=profile");
        }
    }

    @Override
    public void close() {
        if (enabled) {
            Jcmd.run(pid, "JFR.stop", "name=" + phase, "filename=" + output);
            System.out.println("profile of " + phase + " written to " + output);
        }
    }
}
