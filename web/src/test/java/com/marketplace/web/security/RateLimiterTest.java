package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final RateLimiter threePerMinute = new RateLimiter(3, Duration.ofMinutes(1), 1_000);

    @Test
    void theWholeAllowanceMayBeSpentAtOnceAndTheNextRequestIsToldWhenOneIsAllowed() {
        List<Optional<Duration>> answers = IntStream.range(0, 4).mapToObj(i -> threePerMinute.acquire("10.0.0.1", T0)).toList();

        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Duration.ofSeconds(20))), answers);
    }

    @Test
    void theAllowanceRefillsOneRequestPerPeriodDividedByPermits() {
        for (int i = 0; i < 3; i++) {
            threePerMinute.acquire("10.0.0.1", T0);
        }

        assertEquals(Optional.of(Duration.ofSeconds(1)), threePerMinute.acquire("10.0.0.1", T0.plusSeconds(19)));
        assertEquals(Optional.empty(), threePerMinute.acquire("10.0.0.1", T0.plusSeconds(20)));
        assertEquals(Optional.of(Duration.ofSeconds(20)), threePerMinute.acquire("10.0.0.1", T0.plusSeconds(20)));
    }

    @Test
    void refusedRequestsDoNotPushTheNextAllowedOneFurtherAway() {
        for (int i = 0; i < 3; i++) {
            threePerMinute.acquire("10.0.0.1", T0);
        }
        for (int i = 0; i < 100; i++) {
            threePerMinute.acquire("10.0.0.1", T0.plusSeconds(1));
        }

        assertEquals(Optional.empty(), threePerMinute.acquire("10.0.0.1", T0.plusSeconds(20)));
    }

    @Test
    void eachKeyHasItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            threePerMinute.acquire("10.0.0.1", T0);
        }

        assertEquals(Optional.empty(), threePerMinute.acquire("10.0.0.2", T0));
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals(1, RateLimiter.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals(2, RateLimiter.retryAfterSeconds(Duration.ofMillis(1001)));
        assertEquals(20, RateLimiter.retryAfterSeconds(Duration.ofSeconds(20)));
    }

    @Test
    void permitsAndPeriodMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1), 10));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO, 10));
    }
}
