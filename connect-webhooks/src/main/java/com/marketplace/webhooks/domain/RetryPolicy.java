package com.marketplace.webhooks.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed event is tried again: exponential backoff from a base delay, capped, with ±25%
 * jitter so that events failing together (a handler's database blinked) do not retry in lockstep.
 * After {@code maxAttempts} attempts there is no next time: the event is dead. Every claim is an
 * attempt, also one whose worker died or outlived its lease without saying how it went: an event
 * that kills its worker would otherwise be claimed for ever.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** Whether an event claimed {@code attemptsSoFar} times may be claimed once more. */
    public boolean allowsAnotherAttempt(int attemptsSoFar) {
        return attemptsSoFar < maxAttempts;
    }

    /** The delay before the next attempt after {@code attemptsSoFar} failed ones; empty when dead. */
    public Optional<Duration> nextDelay(int attemptsSoFar, DoubleSupplier random) {
        if (!allowsAnotherAttempt(attemptsSoFar)) {
            return Optional.empty();
        }
        double exponential = baseDelay.toMillis() * Math.pow(2, Math.max(0, attemptsSoFar - 1));
        double capped = Math.min(exponential, maxDelay.toMillis());
        double jittered = capped * (0.75 + 0.5 * random.getAsDouble());
        return Optional.of(Duration.ofMillis(Math.max(1, Math.round(jittered))));
    }

    /** The last error of an event whose every claim ended without an outcome (the worker died or outlived its lease). */
    public static String unfinishedClaimsError(int attempts) {
        return "the worker did not finish it " + attempts + (attempts == 1 ? " time" : " times")
                + " (it died or outlived its claim's lease); dead after the last attempt";
    }
}
