package com.marketplace.benchmarks.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The peer's load generator ({@code node load.js}), the same one for both sides: it signs
 * {@code checkout.session.completed} events with the endpoint's secret and posts them, closed loop
 * (a fixed number of senders) or open loop (a fixed rate, whatever the answers).
 */
public final class LoadGenerator {

    private final Path loadJs;
    private final Path logDirectory;

    public LoadGenerator(Path loadJs, Path logDirectory) {
        this.loadJs = loadJs;
        this.logDirectory = logDirectory;
    }

    /** {@code senders} keep-alive senders, each sending its next event when the last is answered. */
    public LoadRun closedLoop(String label, URI endpoint, String secret, int events, int senders, double duplicates, String sessionPrefix)
            throws IOException, InterruptedException {
        return run(label, List.of(endpoint.toString(), secret, String.valueOf(events), String.valueOf(senders), format(duplicates), sessionPrefix));
    }

    /** Events leave at {@code perSecond}, as Stripe sends them: the latency is the service's own, not queueing behind senders. */
    public LoadRun openLoop(String label, URI endpoint, String secret, int events, int perSecond, double duplicates, String sessionPrefix)
            throws IOException, InterruptedException {
        return run(label, List.of(endpoint.toString(), secret, String.valueOf(events), "0", format(duplicates), sessionPrefix,
                String.valueOf(perSecond)));
    }

    private LoadRun run(String label, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", loadJs.getFileName().toString()));
        command.addAll(arguments);
        Path log = logDirectory.resolve("load-" + label + ".log");
        Process process = new ProcessBuilder(command).directory(loadJs.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("load.js (" + label + ") did not finish within 10 minutes");
        }
        return LoadRun.parse(Files.readAllLines(log));
    }

    private static String format(double fraction) {
        return String.format(Locale.ROOT, "%.2f", fraction);
    }
}
