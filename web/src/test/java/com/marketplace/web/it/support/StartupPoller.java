package com.marketplace.web.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What an operator polling a starting marketplace sees: one loop per path (e.g. {@code /health/ready}
 * and {@code /api/products}), each asking every 50 ms from the process's first second (a refused
 * connection is an answer too), each answer recorded with when its request was sent and when the
 * answer came.
 */
public final class StartupPoller {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    /** One poll: {@code status} -1 when the connection failed or timed out. */
    public record Answer(String path, long sentNanos, long receivedNanos, int status, String body) {

        /** The health endpoint's 200 UP, whatever checks it lists. */
        public boolean isUp() {
            return status == 200 && body.replaceAll("\\s", "").contains("\"status\":\"UP\"");
        }

        @Override
        public String toString() {
            return path + " -> " + (status == -1 ? "no answer" : status + " " + body.replaceAll("\\s+", " "));
        }
    }

    private final URI base;
    private final List<String> paths;
    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService loops;
    private volatile boolean stopped;

    public StartupPoller(URI base, String... paths) {
        this.base = base;
        this.paths = List.of(paths);
        this.loops = Executors.newFixedThreadPool(paths.length);
    }

    public StartupPoller start() {
        paths.forEach(path -> loops.submit(() -> poll(path)));
        return this;
    }

    public List<Answer> stop() throws InterruptedException {
        stopped = true;
        loops.shutdown();
        loops.awaitTermination(60, TimeUnit.SECONDS);
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    private Void poll(String path) throws InterruptedException {
        while (!stopped) {
            // A fresh client per poll: a request that timed out during start-up leaves no connection behind.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            long sent = System.nanoTime();
            int status;
            String body;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
            } catch (IOException e) {
                status = -1;
                body = e.getClass().getSimpleName();
            }
            answers.add(new Answer(path, sent, System.nanoTime(), status, body));
            Thread.sleep(INTERVAL.toMillis());
        }
        return null;
    }
}
