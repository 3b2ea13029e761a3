package com.marketplace.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged marketplace as an operator runs it: Payara Micro with ROOT.war (and the Stripe
 * sandbox war in sandbox mode), started as a separate process on a free port, with its console
 * written to a log file under {@code it-logs} of {@link #workDirectory()}. Nothing is mocked: the
 * tests talk to it over real HTTP and it talks to a real database.
 */
public final class MarketplaceProcess implements AutoCloseable {

    // Generous: with other builds on the same two cores, a Payara start was measured at 205 s.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    // Configuration a developer may have exported must not leak into a test's process.
    private static final List<String> MARKETPLACE_KEYS = List.of("MARKETPLACE_MODE", "STRIPE_SECRET_KEY",
            "STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_CONNECT_WEBHOOK_SECRET", "STRIPE_API_BASE",
            "DB_URL", "DB_USER", "DB_PASSWORD", "PORT", "PUBLIC_BASE_URL", "ADMIN_EMAIL", "ADMIN_PASSWORD",
            "MARKETPLACE_DATA_DIR", "SANDBOX_DB_URL", "SANDBOX_DB_USER", "SANDBOX_DB_PASSWORD", "SANDBOX_DATA_DIR",
            "SANDBOX_WEBHOOK_URL", "SANDBOX_CONNECT_WEBHOOK_URL", "SANDBOX_WEBHOOK_RETRY_BASE_MS", "SANDBOX_WEBHOOK_MAX_ATTEMPTS",
            "WEBHOOK_WORKER_THREADS", "WEBHOOK_WORKER_POLL_MS", "WEBHOOK_WORKER_BATCH", "WEBHOOK_CLAIM_LEASE_SECONDS", "WEBHOOK_MAX_ATTEMPTS", "WEBHOOK_RETRY_BASE_MS",
            "RECONCILER_ENABLED", "RECONCILE_AFTER_SECONDS", "RECONCILE_INTERVAL_MS",
            "LOGIN_MAX_FAILURES_PER_EMAIL", "LOGIN_MAX_FAILURES_PER_ADDRESS", "LOGIN_THROTTLE_WINDOW_SECONDS", "TRUSTED_PROXIES",
            "RATE_LIMIT_CHECKOUTS_PER_MINUTE", "RATE_LIMIT_SIGNUPS_PER_HOUR", "API_MAX_BODY_BYTES",
            "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_STARTTLS", "MAIL_FROM",
            "NOTIFY_WORKER_POLL_MS", "NOTIFY_WORKER_BATCH", "NOTIFY_LEASE_SECONDS", "NOTIFY_MAX_ATTEMPTS", "NOTIFY_RETRY_BASE_MS",
            "NOTIFY_RETRY_MAX_MS", "CLUSTER_ENABLED", "CLUSTER_NAME", "CLUSTER_MEMBERS", "CLUSTER_START_PORT", "CLUSTER_HOST_AWARE");

    private final Process process;
    private final Path log;
    private final int port;
    private volatile String lastHealthAnswer = "none yet";

    private MarketplaceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the marketplace with exactly this configuration (plus PORT); the sandbox is deployed unless a key is set. */
    public static MarketplaceProcess start(String name, Map<String, String> configuration) throws IOException {
        return start(name, configuration, projectRoot().resolve("web/target/ROOT.war"));
    }

    /** Starts a given build of the marketplace war (the integration-test war adds test handlers). */
    public static MarketplaceProcess start(String name, Map<String, String> configuration, Path war) throws IOException {
        // No key and no Stripe elsewhere: sandbox mode with the sandbox deployed next to the marketplace.
        boolean sandbox = !configuration.containsKey("STRIPE_SECRET_KEY") && !configuration.containsKey("STRIPE_API_BASE");
        return start(name, configuration, war, sandbox);
    }

    /**
     * Starts the marketplace war with the Stripe sandbox war deployed next to it whatever the
     * configuration, as an operator who deploys both by hand would: the sandbox must refuse to run
     * in any mode but sandbox.
     */
    public static MarketplaceProcess startWithSandboxWar(String name, Map<String, String> configuration) throws IOException {
        return start(name, configuration, projectRoot().resolve("web/target/ROOT.war"), true);
    }

    private static MarketplaceProcess start(String name, Map<String, String> configuration, Path war, boolean withSandbox) throws IOException {
        Path root = projectRoot();
        Path payara = payaraMicro();
        Path sandbox = root.resolve("stripe-sandbox/target/stripe-sandbox.war");
        for (Path required : war == null ? List.of(payara, sandbox) : List.of(payara, war, sandbox)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing: run the tests through Maven's verify phase");
            }
        }
        // A caller may fix the port, when another process (the sandbox alone) must know it beforehand.
        int port = configuration.containsKey("PORT") ? Integer.parseInt(configuration.get("PORT")) : freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(List.of(jvmOptions().split("\\s+")));
        command.addAll(List.of("-jar", payara.toString()));
        command.addAll(clusterOptions(configuration));
        command.addAll(List.of("--disablephonehome", "--port", Integer.toString(port)));
        // The marketplace first, as bin/run does: the first application Payara counts as started must
        // carry the marketplace's readiness check, or /health/ready answers UP with no checks at all.
        if (war != null) {
            command.addAll(List.of("--deploy", war.toString()));
        }
        if (withSandbox) {
            command.addAll(List.of("--deploy", sandbox.toString()));
        }

        Path logDir = Files.createDirectories(workDirectory().resolve("it-logs"));
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Files.createDirectories(workDirectory().resolve("it-work/" + name)).toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        MARKETPLACE_KEYS.forEach(environment::remove);
        environment.putAll(configuration);
        environment.put("PORT", Integer.toString(port));
        // As bin/run: glibc's per-thread malloc arenas otherwise reserve up to 8 per core of native
        // memory that a JVM with its own heap hardly uses (docs/startup-and-footprint.md).
        environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
        // Each process gets its own data folder (the sandbox's embedded database lives there), fresh per run.
        Path dataDir = workDirectory().resolve("it-work/" + name + "/data");
        deleteRecursively(dataDir);
        environment.putIfAbsent("MARKETPLACE_DATA_DIR", dataDir.toString());
        return new MarketplaceProcess(builder.start(), log, port);
    }

    /**
     * Payara Micro's data-grid options from the {@code CLUSTER_*} keys, as {@code bin/lib/cluster.sh}
     * builds them for bin/run (docs/scaling.md): no grid at all unless {@code CLUSTER_ENABLED=true}.
     */
    public static List<String> clusterOptions(Map<String, String> configuration) {
        if (!"true".equalsIgnoreCase(configuration.getOrDefault("CLUSTER_ENABLED", "false").trim())) {
            return List.of("--nocluster");
        }
        List<String> options = new ArrayList<>(List.of("--clustername", configuration.getOrDefault("CLUSTER_NAME", "marketplace").trim()));
        String members = configuration.getOrDefault("CLUSTER_MEMBERS", "").trim();
        if (!members.isEmpty()) {
            options.addAll(List.of("--clustermode", "tcpip:" + members));
        }
        String startPort = configuration.getOrDefault("CLUSTER_START_PORT", "").trim();
        if (!startPort.isEmpty()) {
            options.addAll(List.of("--startport", startPort));
        }
        if ("false".equalsIgnoreCase(configuration.getOrDefault("CLUSTER_HOST_AWARE", "true").trim())) {
            options.add("--nohostaware");
        }
        return options;
    }

    /**
     * The Stripe sandbox alone in a Payara of its own, as Stripe is to the marketplace: another
     * process, with its own threads, surviving the marketplace's crashes. Marketplaces point
     * {@code STRIPE_API_BASE} at {@link #stripeApiBase()}; {@code SANDBOX_WEBHOOK_URL} and
     * {@code SANDBOX_CONNECT_WEBHOOK_URL} in {@code configuration} say where it delivers events.
     */
    public static MarketplaceProcess startStripeSandbox(String name, Map<String, String> configuration) throws IOException {
        return start(name, configuration, null, true);
    }

    public String stripeApiBase() {
        return baseUri() + "/stripe-sandbox";
    }

    /**
     * The JVM options of every process started here: {@code -Dmarketplace.jvm.options} (the
     * benchmark's knob) or else bin/run's default, read from the same file bin/run reads
     * ({@code bin/lib/jvm.options}, docs/startup-and-footprint.md), so the tests and the benchmark
     * measure what an operator runs.
     */
    public static String jvmOptions() {
        String given = System.getProperty("marketplace.jvm.options", "").trim();
        return given.isEmpty() ? defaultJvmOptions() : given;
    }

    /** bin/lib/jvm.options without its comment lines, on one line; {@code -Xmx512m} if the file is missing. */
    public static String defaultJvmOptions() {
        Path file = projectRoot().resolve("bin/lib/jvm.options");
        if (!Files.isRegularFile(file)) {
            return "-Xmx512m";
        }
        try {
            return String.join(" ", Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    public static Path projectRoot() {
        return Path.of(System.getProperty("marketplace.root", "..")).toAbsolutePath().normalize();
    }

    /**
     * Where the processes' logs and working folders go: the {@code target} folder of the module whose
     * tests run ({@code -Dit.target.dir}, set by its Failsafe configuration), {@code web/target} by default.
     */
    public static Path workDirectory() {
        return Path.of(System.getProperty("it.target.dir", projectRoot().resolve("web/target").toString())).toAbsolutePath().normalize();
    }

    /**
     * The Payara Micro jar: {@code -Dpayara.micro.jar} when a module copies its own (the sandbox's
     * tests run before web is packaged), otherwise the one web's build puts next to ROOT.war.
     */
    private static Path payaraMicro() {
        return Path.of(System.getProperty("payara.micro.jar", projectRoot().resolve("web/target/payara-micro.jar").toString()));
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The operating-system process id of the JVM running Payara (for its memory and for SIGKILL). */
    public long pid() {
        return process.pid();
    }

    /** The process's resident set size now, in kilobytes (Linux {@code /proc}); -1 once it has exited. */
    public long residentKilobytes() {
        return statusField(process.pid(), "VmRSS");
    }

    /** A number from Linux's {@code /proc/<pid>/status} ("VmRSS" in kB, "Threads"); -1 once the process has exited. */
    public static long statusField(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between the check and the read
        }
        return -1;
    }

    /** SIGKILL: no shutdown hook, no graceful stop, as when a machine or the OOM killer takes the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Waits until the marketplace is ready: {@code /health/ready} UP, including its own named check (see {@link #isReady}). */
    public MarketplaceProcess awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The marketplace exited with status " + process.exitValue()
                        + " before it was healthy; its log:\n" + tail());
            }
            if (isReady()) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The marketplace was not ready after " + START_TIMEOUT + " (last /health/ready answer: "
                + lastHealthAnswer + "); its log:\n" + tail());
    }

    /**
     * Waits until {@code path} answers 200, polling every 50 ms (the sandbox alone has no database
     * health check; the benchmark times the first page with it). {@code authorization} may be null.
     */
    public MarketplaceProcess awaitAnswer(String path, String authorization) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process exited with status " + process.exitValue() + "; its log:\n" + tail());
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(baseUri().resolve(path)).timeout(Duration.ofSeconds(5));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
                lastHealthAnswer = String.valueOf(response.statusCode());
            } catch (IOException e) {
                lastHealthAnswer = e.toString();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(path + " did not answer 200 after " + START_TIMEOUT + " (last: " + lastHealthAnswer + ")");
    }

    /** Waits for the process to end by itself; empty if it is still running after the timeout. */
    public Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /**
     * Ready: {@code /health/ready} answers 200 and lists the marketplace's own check ("marketplace")
     * UP. Payara answers UP with no checks at all once any application started, so a bare 200 UP
     * proves nothing about the marketplace; its check is UP only once its API answered.
     */
    public boolean isReady() throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(baseUri().resolve("/health/ready")).timeout(Duration.ofSeconds(30)).build();
            // A fresh HTTP/1.1 client per poll: a request that timed out while Payara was still
            // starting must not leave a connection (or an h2c upgrade) behind for the next poll.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            lastHealthAnswer = response.statusCode() + " " + response.body();
            return response.statusCode() == 200
                    && response.body().replaceAll("\\s", "").contains("{\"name\":\"marketplace\",\"status\":\"UP\"");
        } catch (IOException e) {
            lastHealthAnswer = e.toString();
            return false;
        }
    }

    private String tail() {
        try {
            String output = output();
            return output.substring(Math.max(0, output.length() - 6000));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Configuration for a marketplace on the test run's MariaDB database. */
    public static Map<String, String> onTestDatabase(String jdbcUrl, String user, String password) {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("DB_URL", jdbcUrl);
        configuration.put("DB_USER", user);
        configuration.put("DB_PASSWORD", password);
        return configuration;
    }
}
