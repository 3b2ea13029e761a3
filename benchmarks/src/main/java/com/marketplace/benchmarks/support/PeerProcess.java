package com.marketplace.benchmarks.support;

import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.TestMariaDb;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The peer ({@code ../shared/peer}: Express + stripe-node + mysql2, all of its work inside the
 * request) as its README sets it up, on the benchmark's MariaDB server: a database {@code peer}
 * recreated for the run, the user {@code peer}@{@code 127.0.0.1}, {@code node server.js} on a port
 * of its own. The peer's files are copied under {@code target} and installed there, so the shared
 * directory is never written to; its load generator is run from the copy too.
 */
public final class PeerProcess implements AutoCloseable {

    /** Where the peer's files are read from: {@code PEER_DIR}, by default {@code ../shared/peer} beside the project. */
    public static Path sourceDirectory() {
        String configured = System.getenv("PEER_DIR");
        Path root = MarketplaceProcess.projectRoot();
        return (configured == null || configured.isBlank() ? root.resolve("../shared/peer") : root.resolve(configured)).normalize();
    }

    private static final List<String> FILES = List.of("server.js", "load.js", "package.json", "package-lock.json", "seed.sql");
    private static final String DATABASE = "peer";

    private final Process process;
    private final Path directory;
    private final int port;

    private PeerProcess(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    /**
     * Copies the peer into {@code work/peer} and its fixtures into {@code work/stripe} (load.js reads
     * {@code ../stripe/fixtures3.json}), and installs its packages once ({@code npm ci}; a later run
     * keeps {@code node_modules}). Answers the copy's directory.
     */
    public static Path prepare(Path source, Path work) throws IOException, InterruptedException {
        if (!Files.isRegularFile(source.resolve("server.js"))) {
            // A git worktree's ../shared is not the main checkout's: PEER_DIR says where the peer is.
            throw new IllegalStateException("no peer at " + source + ": set PEER_DIR to the directory of the peer's server.js");
        }
        Path peer = Files.createDirectories(work.resolve("peer"));
        for (String file : FILES) {
            Files.copy(source.resolve(file), peer.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path fixtures = Files.createDirectories(work.resolve("stripe")).resolve("fixtures3.json");
        Files.copy(source.resolve("../stripe/fixtures3.json").normalize(), fixtures, StandardCopyOption.REPLACE_EXISTING);
        if (!Files.isDirectory(peer.resolve("node_modules"))) {
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(peer.toFile())
                    .redirectErrorStream(true).redirectOutput(work.resolve("npm-ci.log").toFile()).start();
            if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
                install.destroyForcibly();
                throw new IllegalStateException("npm ci of the peer failed: see " + work.resolve("npm-ci.log"));
            }
        }
        return peer;
    }

    /** Recreates the peer's database and user, starts {@code node server.js} and waits until it listens. */
    public static PeerProcess start(Path directory, int port, String secret, Path log) throws Exception {
        try (Connection root = serverAdministrator(); Statement statement = root.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
            statement.execute("CREATE USER IF NOT EXISTS 'peer'@'127.0.0.1' IDENTIFIED BY 'peerpw'");
            statement.execute("GRANT ALL ON " + DATABASE + ".* TO 'peer'@'127.0.0.1'");
        }
        ProcessBuilder builder = new ProcessBuilder("node", "server.js").directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("STRIPE_WEBHOOK_SECRET", secret);
        Files.deleteIfExists(log);
        Process process = builder.start();
        PeerProcess peer = new PeerProcess(process, directory, port);
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!(Files.exists(log) && Files.readString(log).contains("peer listening"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                peer.close();
                throw new IllegalStateException("the peer did not start listening: see " + log);
            }
            Thread.sleep(100);
        }
        peer.seed();
        return peer;
    }

    /** The README's seed (one product with ample stock), after the server created its tables. */
    private void seed() throws IOException, SQLException {
        try (Connection connection = TestMariaDb.connect(DATABASE); Statement statement = connection.createStatement()) {
            for (String sql : Files.readString(directory.resolve("seed.sql")).split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** Pending orders {@code prefix0 .. prefix(count-1)}, the sessions load.js will report paid. */
    public void pendingOrders(String prefix, int count) throws SQLException {
        try (Connection connection = TestMariaDb.connect(DATABASE);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO orders SELECT CONCAT(?, seq), 1, 'pending' FROM seq_0_to_"
                     + (count - 1))) {
            insert.setString(1, prefix);
            insert.executeUpdate();
        }
    }

    /** Orders the peer marked paid, and the stock it took: its own work, to show it did it. */
    public long paidOrders() throws SQLException {
        try (Connection connection = TestMariaDb.connect(DATABASE); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM orders WHERE status = 'paid'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public URI webhookUri() {
        return URI.create("http://127.0.0.1:" + port + "/webhooks/stripe");
    }

    public Path directory() {
        return directory;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The server's administrator, to create the peer's database and user as its README says. */
    private static Connection serverAdministrator() throws SQLException {
        return java.sql.DriverManager.getConnection(TestMariaDb.jdbcUrl(""), TestMariaDb.user(), TestMariaDb.password());
    }
}
