package com.marketplace.benchmarks;

import com.marketplace.benchmarks.support.Report;
import com.marketplace.testsupport.MarketplaceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code bin/run} as a user starts it, in sandbox mode with the project built ({@code SKIP_BUILD=1}):
 * its embedded H2 databases in a temporary {@code MARKETPLACE_DATA_DIR} (never the user's
 * {@code ./data}), timed from launching the script to {@code /health/ready} answering with the
 * marketplace's check UP, once on an empty directory (migrations included) and once more with the
 * schema in place; the JVM's resident memory is read 10 s after it is ready.
 */
final class BinRunBenchmark {

    private static final Duration IDLE_AFTER_READY = Duration.ofSeconds(10);
    /** Keys that would take bin/run out of the mode measured here (a server database, a Stripe key, other JVM options). */
    private static final List<String> CLEARED = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY",
            "STRIPE_WEBHOOK_SECRET", "STRIPE_CONNECT_WEBHOOK_SECRET", "STRIPE_API_BASE", "JAVA_OPTS", "CLUSTER_ENABLED", "MARKETPLACE_MODE");

    private final Report report;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    BinRunBenchmark(Report report) {
        this.report = report;
    }

    void run() throws Exception {
        report.section("bin/run in sandbox mode, the project built (launch to /health/ready UP)");
        Path data = Files.createTempDirectory("bench-bin-run-");
        try {
            Started first = start("bin-run-first", data);
            Started again = start("bin-run-again", data);
            report.figure("bin/run first start, empty data directory (migrations included)", first.secondsToReady(), "s");
            report.atMost("bin/run start, schema in place", again.secondsToReady(), "s", 10);
            report.figure("bin/run resident memory (RSS) idle, first start", first.idleRssMb(), "MB");
            report.atMost("bin/run resident memory (RSS) idle, schema in place", again.idleRssMb(), "MB", 512);
        } finally {
            deleteTree(data);
        }
    }

    private Started start(String name, Path data) throws Exception {
        Path log = MarketplaceProcess.workDirectory().resolve("it-logs").resolve(name + ".log");
        Files.createDirectories(log.getParent());
        int port = MarketplaceProcess.freePort();
        // setsid: bin/run and everything it starts form one process group, stopped together.
        ProcessBuilder builder = new ProcessBuilder("setsid", "bin/run").directory(MarketplaceProcess.projectRoot().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        CLEARED.forEach(environment::remove);
        environment.put("SKIP_BUILD", "1");
        environment.put("PORT", String.valueOf(port));
        environment.put("MARKETPLACE_DATA_DIR", data.toString());
        long launched = System.nanoTime();
        Process process = builder.start();
        try {
            awaitReady(process, port, log);
            double secondsToReady = (System.nanoTime() - launched) / 1e9;
            Thread.sleep(IDLE_AFTER_READY.toMillis());
            long jvm = payaraJvm(process).orElseThrow(() -> new IllegalStateException("no Payara JVM under bin/run: see " + log));
            return new Started(secondsToReady, MarketplaceProcess.statusField(jvm, "VmRSS") / 1024.0);
        } finally {
            stop(process);
        }
    }

    private void awaitReady(Process process, int port, Path log) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("bin/run exited with " + process.exitValue() + ": see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().replaceAll("\\s", "").contains("\"name\":\"marketplace\",\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("bin/run was not ready within 10 minutes: see " + log);
    }

    /** bin/run ends in {@code exec java ... payara-micro.jar}: the script's own process, or one under it. */
    private static Optional<Long> payaraJvm(Process process) {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(p -> p.info().arguments().map(arguments -> List.of(arguments).stream().anyMatch(a -> a.endsWith("payara-micro.jar")))
                        .orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    private static void stop(Process process) throws Exception {
        signalGroup(process.pid(), "TERM");
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            signalGroup(process.pid(), "KILL");
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void signalGroup(long groupId, String signal) throws Exception {
        new ProcessBuilder("kill", "-" + signal, "--", "-" + groupId).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private record Started(double secondsToReady, double idleRssMb) {
    }
}
