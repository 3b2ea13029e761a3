package com.marketplace.webhooks.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed event is tried again: exponential backoff from a base delay, capped, with ±25%
 * jitter so that events failing together (a handler's database blinked) do not retry in lockstep.
 * After {@code maxAttempts} attempts there is no next time: the event is dead.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The delay before the next attempt after {@code attemptsSoFar} failed ones; empty when dead. */
    public Optional<Duration> nextDelay(int attemptsSoFar, DoubleSupplier random) {
        if (attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        double exponential = baseDelay.toMillis() * Math.pow(2, Math.max(0, attemptsSoFar - 1));
        double capped = Math.min(exponential, maxDelay.toMillis());
        double jittered = capped * (0.75 + 0.5 * random.getAsDouble());
        return Optional.of(Duration.ofMillis(Math.max(1, Math.round(jittered))));
    }
}
