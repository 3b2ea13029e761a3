package com.marketplace.benchmarks.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent senders behaving like Stripe's delivery: each takes the next delivery of the stream,
 * POSTs it with a signature made at that moment, and retries a genuine delivery that was not
 * answered 2xx (connection refused, 503) with a growing pause until it is acknowledged or its retry
 * window ends. With several targets (instances behind a load balancer), a retry goes to the next one.
 */
public final class WebhookSenders {

    private final int senders;
    private final List<URI> targets;
    private final Duration retryWindow;

    public WebhookSenders(int senders, List<URI> targets, Duration retryWindow) {
        this.senders = senders;
        this.targets = List.copyOf(targets);
        this.retryWindow = retryWindow;
    }

    public Outcome send(List<Delivery> deliveries) throws InterruptedException {
        Outcome outcome = new Outcome();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(senders);
        long started = System.nanoTime();
        for (int s = 0; s < senders; s++) {
            Thread sender = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
                try {
                    for (int i = next.getAndIncrement(); i < deliveries.size(); i = next.getAndIncrement()) {
                        deliver(http, i, deliveries.get(i), outcome);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "webhook-sender-" + s);
            sender.setDaemon(true);
            sender.start();
        }
        done.await();
        outcome.elapsedNanos = System.nanoTime() - started;
        return outcome;
    }

    private void deliver(HttpClient http, int index, Delivery delivery, Outcome outcome) throws InterruptedException {
        Instant giveUpAt = Instant.now().plus(retryWindow);
        long pauseMillis = 100;
        for (int attempt = 0; ; attempt++) {
            URI target = targets.get((index + attempt) % targets.size()).resolve(delivery.path());
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Stripe-Signature", delivery.signatureAt().apply(Instant.now().getEpochSecond()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
            outcome.attempts.incrementAndGet();
            long sentAt = System.nanoTime();
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 0; // refused, reset or timed out: no answer at all
            }
            long elapsed = System.nanoTime() - sentAt;
            outcome.answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            boolean acknowledged = status >= 200 && status < 300;
            if (acknowledged) {
                outcome.ackLatencies.add(elapsed);
            }
            if (!delivery.genuine()) {
                if (acknowledged) {
                    outcome.hostileAccepted.add(delivery.eventId());
                }
                return;
            }
            if (acknowledged) {
                outcome.acknowledged.add(delivery.eventId());
                outcome.acknowledgedDeliveries.incrementAndGet();
                return;
            }
            if (Instant.now().isAfter(giveUpAt)) {
                outcome.givenUp.add(delivery.eventId());
                return;
            }
            Thread.sleep(pauseMillis);
            pauseMillis = Math.min(2000, pauseMillis * 2);
        }
    }

    /** What the senders saw. Event ids are distinct events; deliveries count every acknowledged POST. */
    public static final class Outcome {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<String> givenUp = ConcurrentHashMap.newKeySet();
        final Set<String> hostileAccepted = ConcurrentHashMap.newKeySet();
        final AtomicLong acknowledgedDeliveries = new AtomicLong();
        final AtomicLong attempts = new AtomicLong();
        final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
        final Latencies ackLatencies = new Latencies();
        long elapsedNanos;

        public Set<String> acknowledgedEventIds() {
            return acknowledged;
        }

        /** Genuine events never acknowledged within the retry window (Stripe would go on retrying for days). */
        public Set<String> givenUp() {
            return givenUp;
        }

        public Set<String> hostileAccepted() {
            return hostileAccepted;
        }

        public long acknowledgedDeliveries() {
            return acknowledgedDeliveries.get();
        }

        public long attempts() {
            return attempts.get();
        }

        /** How many POSTs got each status (0: no answer). */
        public Map<Integer, AtomicLong> answers() {
            return answers;
        }

        public long answered(int status) {
            AtomicLong count = answers.get(status);
            return count == null ? 0 : count.get();
        }

        public Latencies ackLatencies() {
            return ackLatencies;
        }

        public double elapsedSeconds() {
            return elapsedNanos / 1e9;
        }
    }
}
