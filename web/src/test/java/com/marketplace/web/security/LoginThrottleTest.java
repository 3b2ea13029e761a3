package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), 1_000);

    @Test
    void failuresUpToTheEmailsLimitAskForNoPause() {
        List<Optional<Duration>> pauses = IntStream.range(0, 3)
                .mapToObj(i -> throttle.failed("ada@example.com", "10.0.0.1", T0.plusSeconds(i))).toList();

        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()), pauses);
    }

    @Test
    void eachFailureBeyondTheEmailsLimitAsksForAPauseThatDoublesUpToAMinute() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("ada@example.com", "10.0.0." + i, T0);
        }

        List<Duration> pauses = IntStream.range(0, 9)
                .mapToObj(i -> throttle.failed("ada@example.com", "10.0.1." + i, T0.plusSeconds(i)).orElseThrow()).toList();

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), pauses.stream().map(Duration::toSeconds).toList());
    }

    @Test
    void anEmailOverItsLimitNeverMakesTheNextAttemptWaitBeforeThePasswordIsChecked() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("ada@example.com", "10.0.0." + i, T0);
        }

        assertEquals(Optional.empty(), throttle.addressWait("10.0.0.200", T0.plusSeconds(1)),
                "only the client address decides whether an attempt is checked at all");
    }

    @Test
    void theEmailsFailuresLeaveTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ada@example.com", "10.0.0." + i, T0);
        }

        assertEquals(Optional.empty(), throttle.failed("ada@example.com", "10.0.0.9", T0.plus(Duration.ofMinutes(15)).plusSeconds(1)));
    }

    @Test
    void emailsAreComparedWithoutCaseOrSurroundingSpace() {
        for (int i = 0; i < 3; i++) {
            throttle.failed(" Ada@Example.com", "10.0.0." + i, T0);
        }

        assertTrue(throttle.failed("ada@example.com", "10.0.0.7", T0).isPresent());
    }

    @Test
    void theLimitPerAddressMakesThatAddressWaitUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@example.com", "10.0.0.1", T0.plusSeconds(i * 60L));
        }

        assertEquals(Optional.of(Duration.ofMinutes(10)), throttle.addressWait("10.0.0.1", T0.plus(Duration.ofMinutes(5))));
        assertEquals(Optional.empty(), throttle.addressWait("10.0.0.2", T0.plus(Duration.ofMinutes(5))));
        assertEquals(Optional.empty(), throttle.addressWait("10.0.0.1", T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64SoFreshAddressesFromOneSubscriberDoNotEscapeTheLimit() {
        for (int i = 1; i <= 5; i++) {
            throttle.failed("user" + i + "@example.com", "2001:db8:1:2::" + Integer.toHexString(i), T0);
        }

        assertTrue(throttle.addressWait("2001:db8:1:2:ffff:ffff:ffff:ffff", T0).isPresent());
        assertEquals(Optional.empty(), throttle.addressWait("2001:db8:1:3::1", T0), "another /64 is another subscriber");
    }

    @Test
    void aSuccessClearsTheEmailsFailuresButNotTheAddresses() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("ada@example.com", "10.0.0.1", T0);
        }
        throttle.succeeded("ada@example.com");

        assertEquals(Optional.empty(), throttle.failed("ada@example.com", "10.0.0.1", T0), "the email starts afresh");
        throttle.failed("bob@example.com", "10.0.0.1", T0);
        assertTrue(throttle.addressWait("10.0.0.1", T0).isPresent(), "5 failures from 10.0.0.1 in all");
    }

    @Test
    void theNumberOfRememberedEmailsAndAddressesHasACeiling() {
        MemorySignInFailures failures = new MemorySignInFailures(100);
        LoginThrottle small = new LoginThrottle(3, 5, Duration.ofMinutes(15), failures);

        for (int i = 0; i < 10_000; i++) {
            small.failed("guess" + i + "@example.com", "10.0." + (i / 256) + "." + (i % 256), T0);
        }

        assertEquals(100, failures.trackedKeys());
    }

    @Test
    void beyondTheCeilingTheLeastRecentlyTouchedKeyIsForgottenFirst() {
        LoginThrottle small = new LoginThrottle(1, 100, Duration.ofMinutes(15), 4);
        small.failed("old@example.com", "10.0.0.1", T0);
        small.failed("kept@example.com", "10.0.0.1", T0);

        small.failed("new@example.com", "10.0.0.1", T0);
        small.failed("kept@example.com", "10.0.0.1", T0.plusSeconds(1));
        small.failed("newer@example.com", "10.0.0.1", T0.plusSeconds(2));

        assertEquals(Optional.empty(), small.failed("old@example.com", "10.0.0.1", T0.plusSeconds(3)), "forgotten: its first failure again");
        assertTrue(small.failed("kept@example.com", "10.0.0.1", T0.plusSeconds(3)).isPresent(), "touched recently, still remembered");
    }

    @Test
    void anEmailIsCutTo254CharactersBeforeUseSoLongerOnesCannotMakeNewKeys() {
        String longest = "a".repeat(LoginThrottle.MAX_EMAIL_LENGTH - "@example.com".length()) + "@example.com";

        assertEquals(LoginThrottle.emailKey(longest), LoginThrottle.emailKey(longest + "-and-a-megabyte-more".repeat(50_000)));
        assertNotEquals(LoginThrottle.emailKey(longest), LoginThrottle.emailKey("b" + longest.substring(1)));
    }

    @Test
    void keysAreDigestsOfTheSameSizeWhateverWasSent() {
        assertEquals(43, LoginThrottle.emailKey("a@b.c").length());
        assertEquals(43, LoginThrottle.emailKey("x".repeat(10_000)).length());
        assertEquals(43, LoginThrottle.addressKey("2001:db8::1").length());
        assertNotEquals(LoginThrottle.emailKey("10.0.0.1"), LoginThrottle.addressKey("10.0.0.1"), "emails and addresses never share a key");
    }

    @Test
    void throttlesSharingOneCountLikeInstancesOnOneDatabaseTripTheLimitTogether() {
        SignInFailures database = new MemorySignInFailures(1_000);
        LoginThrottle instanceA = new LoginThrottle(3, 5, Duration.ofMinutes(15), database);
        LoginThrottle instanceB = new LoginThrottle(3, 5, Duration.ofMinutes(15), database);

        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? instanceA : instanceB).failed("user" + i + "@example.com", "10.0.0.1", T0);
        }

        assertTrue(instanceA.addressWait("10.0.0.1", T0).isPresent());
        assertTrue(instanceB.addressWait("10.0.0.1", T0).isPresent());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, 5, Duration.ofMinutes(1), 10));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(3, 5, Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(3, 5, Duration.ofMinutes(1), 0));
    }
}
