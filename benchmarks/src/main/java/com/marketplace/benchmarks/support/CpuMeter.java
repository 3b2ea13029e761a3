package com.marketplace.benchmarks.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by each process of a run (marketplace, sandbox, database server, load
 * generator) over a phase, from Linux's {@code /proc/<pid>/stat}: what the two cores went to,
 * which is what limits throughput when every process shares them.
 */
public final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on Linux x86_64
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> startTicks = new LinkedHashMap<>();
    private long startNanos;

    public CpuMeter process(String name, long pid) {
        pids.put(name, pid);
        return this;
    }

    /** Adds the database server, found by its process name (mariadbd or mysqld), when it runs on this machine. */
    public CpuMeter databaseServer() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    String command = Files.readString(p.resolve("comm")).trim();
                    if (command.equals("mariadbd") || command.equals("mysqld")) {
                        pids.put("database server (" + command + ")", Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // a process that ended while listing
                }
            });
        } catch (IOException e) {
            // no /proc: not Linux, nothing to report
        }
        return this;
    }

    public CpuMeter start() {
        pids.forEach((name, pid) -> startTicks.put(name, ticks(pid)));
        startNanos = System.nanoTime();
        return this;
    }

    /** CPU seconds per process since {@link #start()}, and the wall-clock seconds as "elapsed". */
    public Map<String, Double> stop() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, (ticks(pid) - startTicks.get(name)) / TICKS_PER_SECOND));
        seconds.put("elapsed", (System.nanoTime() - startNanos) / 1e9);
        return seconds;
    }

    /** CPU seconds a process has used since it was launched (for a start, whose pid is not known beforehand). */
    public static double secondsSinceLaunch(long pid) {
        return ticks(pid) / TICKS_PER_SECOND;
    }

    /** Records the split in a report: CPU seconds and share of all cores over the phase. */
    public static void report(Report report, String phase, Map<String, Double> seconds) {
        double elapsed = seconds.get("elapsed");
        double capacity = elapsed * Runtime.getRuntime().availableProcessors();
        seconds.forEach((name, cpu) -> {
            if (!name.equals("elapsed")) {
                report.figure(phase + " CPU: " + name, 100 * cpu / capacity, "% all");
            }
        });
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
