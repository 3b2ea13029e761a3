package com.marketplace.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code permits} requests per {@code period} for each key (a client address), with the
 * allowance refilling smoothly: the generic cell rate algorithm, which keeps one instant per key
 * (the "theoretical arrival time") instead of a list of recent requests. A full allowance can be
 * spent at once; after that, one more request is allowed every {@code period / permits}.
 */
public final class RateLimiter {

    private final Duration period;
    private final Duration interval;
    private final BoundedKeys<Instant[]> arrivals;

    public RateLimiter(int permits, Duration period, int maxTrackedKeys) {
        if (permits < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("permits and period must be positive");
        }
        this.period = period;
        this.interval = period.dividedBy(permits);
        this.arrivals = new BoundedKeys<>(maxTrackedKeys);
    }

    /** Counts a request for {@code key}: empty when it is allowed, else how long until one would be. */
    public Optional<Duration> acquire(String key, Instant now) {
        Instant[] theoreticalArrival = arrivals.computeIfAbsent(BoundedKeys.digest("limit", key), k -> new Instant[] {now});
        synchronized (theoreticalArrival) {
            Instant base = theoreticalArrival[0].isAfter(now) ? theoreticalArrival[0] : now;
            Instant next = base.plus(interval);
            Duration ahead = Duration.between(now, next);
            if (ahead.compareTo(period) > 0) {
                return Optional.of(ahead.minus(period));
            }
            theoreticalArrival[0] = next;
            return Optional.empty();
        }
    }

    /** Whole seconds to announce in {@code Retry-After}: rounded up, at least one. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
