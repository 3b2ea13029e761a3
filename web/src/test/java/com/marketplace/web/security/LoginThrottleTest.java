package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15));

    @Test
    void failuresBelowTheLimitDoNotMakeAnyoneWait() {
        throttle.failed("ada@example.com", "10.0.0.1", T0);
        throttle.failed("ada@example.com", "10.0.0.1", T0.plusSeconds(1));

        assertEquals(Optional.empty(), throttle.waitBeforeTrying("ada@example.com", "10.0.0.1", T0.plusSeconds(2)));
    }

    @Test
    void theLimitPerEmailLocksThatEmailUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("ada@example.com", "10.0.0." + i, T0.plusSeconds(i * 60L));
        }

        assertEquals(Optional.of(Duration.ofMinutes(14)), throttle.waitBeforeTrying("ada@example.com", "10.0.0.9", T0.plusSeconds(60)));
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("ada@example.com", "10.0.0.9", T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void emailsAreComparedWithoutCaseOrSurroundingSpace() {
        for (int i = 0; i < 3; i++) {
            throttle.failed(" Ada@Example.com", "10.0.0.1", T0);
        }

        assertTrue(throttle.waitBeforeTrying("ada@example.com", "10.0.0.2", T0).isPresent());
    }

    @Test
    void theLimitPerAddressLocksEveryEmailTriedFromThatAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@example.com", "10.0.0.1", T0);
        }

        assertTrue(throttle.waitBeforeTrying("someone-new@example.com", "10.0.0.1", T0.plusSeconds(1)).isPresent());
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("someone-new@example.com", "10.0.0.2", T0.plusSeconds(1)));
    }

    @Test
    void aSuccessClearsTheEmailsFailuresButNotTheAddresses() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("ada@example.com", "10.0.0.1", T0);
        }
        throttle.succeeded("ada@example.com");
        throttle.failed("ada@example.com", "10.0.0.1", T0);
        throttle.failed("ada@example.com", "10.0.0.1", T0);

        assertEquals(Optional.empty(), throttle.waitBeforeTrying("ada@example.com", "10.0.0.3", T0));
        throttle.failed("bob@example.com", "10.0.0.1", T0);
        assertTrue(throttle.waitBeforeTrying("carol@example.com", "10.0.0.1", T0).isPresent(), "5 failures from 10.0.0.1 in all");
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, 5, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(3, 5, Duration.ZERO));
    }
}
