package com.marketplace.onboarding.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code perMinute} calls in any sliding minute, whatever the pass interval: the reconciler
 * spends it so that it never takes a large share of Stripe's rate limit, which the sellers' and
 * buyers' own requests need. Not thread-safe: one reconciler pass runs at a time.
 */
public final class RateBudget {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Deque<Instant> spent = new ArrayDeque<>();

    public RateBudget(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, got " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** How many calls may be made now. */
    public int available(Instant now) {
        while (!spent.isEmpty() && !spent.peekFirst().isAfter(now.minus(WINDOW))) {
            spent.removeFirst();
        }
        return perMinute - spent.size();
    }

    public void spend(Instant now) {
        spent.addLast(now);
    }
}
