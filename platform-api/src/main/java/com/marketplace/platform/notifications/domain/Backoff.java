package com.marketplace.platform.notifications.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * When a message the mail server refused is tried again: after {@code base}, then twice as long
 * each time, at most {@code max}; after {@code maxAttempts} attempts there is no next time and the
 * message is dead. A claim counts as an attempt, also when its worker died before saying how it went.
 */
public record Backoff(int maxAttempts, Duration base, Duration max) {

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait after the {@code attemptsSoFar}-th failed attempt; empty when that was the last. */
    public Optional<Duration> after(int attemptsSoFar) {
        if (attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        long millis = base.toMillis();
        for (int i = 1; i < attemptsSoFar && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Optional.of(Duration.ofMillis(Math.min(millis, max.toMillis())));
    }
}
