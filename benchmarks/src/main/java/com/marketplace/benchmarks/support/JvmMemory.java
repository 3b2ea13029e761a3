package com.marketplace.benchmarks.support;

import com.marketplace.testsupport.MarketplaceProcess;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a JVM's resident memory goes, read with the JDK's {@code jcmd GC.heap_info} (committed
 * heap, committed metaspace) and {@code /proc} (threads): the rest of the RSS is code cache, thread
 * stacks, GC structures and native allocations.
 */
public final class JvmMemory {

    // G1 prints one "garbage-first heap total …" line; Serial and Parallel print one line per generation.
    private static final Pattern HEAP = Pattern.compile("(?:heap|generation)\\s+total (\\d+)K, used (\\d+)K");
    private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K, committed (\\d+)K");

    private JvmMemory() {
    }

    public record Breakdown(double heapCommittedMb, double heapUsedMb, double metaspaceCommittedMb, long threads) {
    }

    public static Breakdown of(long pid) {
        String heapInfo = Jcmd.run(pid, "GC.heap_info");
        Matcher heap = HEAP.matcher(heapInfo);
        long committedKb = 0;
        long usedKb = 0;
        boolean heapFound = false;
        while (heap.find()) {
            heapFound = true;
            committedKb += Long.parseLong(heap.group(1));
            usedKb += Long.parseLong(heap.group(2));
        }
        Matcher metaspace = METASPACE.matcher(heapInfo);
        boolean metaspaceFound = metaspace.find();
        return new Breakdown(heapFound ? committedKb / 1024.0 : -1, heapFound ? usedKb / 1024.0 : -1,
                metaspaceFound ? Long.parseLong(metaspace.group(2)) / 1024.0 : -1, MarketplaceProcess.statusField(pid, "Threads"));
    }

}
