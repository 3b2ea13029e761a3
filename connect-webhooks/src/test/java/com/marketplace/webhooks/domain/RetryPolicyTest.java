package com.marketplace.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(1));

    @Test
    void theDelayDoublesWithEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(10), policy.nextDelay(1, () -> 0.5).orElseThrow());
        assertEquals(Duration.ofSeconds(20), policy.nextDelay(2, () -> 0.5).orElseThrow());
        assertEquals(Duration.ofSeconds(40), policy.nextDelay(3, () -> 0.5).orElseThrow());
    }

    @Test
    void theDelayIsCapped() {
        assertEquals(Duration.ofMinutes(1), policy.nextDelay(4, () -> 0.5).orElseThrow());
    }

    @Test
    void jitterSpreadsRetriesByAQuarterEitherWay() {
        assertEquals(Duration.ofMillis(7500), policy.nextDelay(1, () -> 0.0).orElseThrow());
        assertEquals(Duration.ofMillis(12500), policy.nextDelay(1, () -> 1.0).orElseThrow());
    }

    @Test
    void afterTheLastAttemptThereIsNoNextOne() {
        assertTrue(policy.nextDelay(5, () -> 0.5).isEmpty());
    }

    @Test
    void anEventClaimedFewerTimesThanTheLimitMayBeClaimedAgain() {
        assertTrue(policy.allowsAnotherAttempt(0));
        assertTrue(policy.allowsAnotherAttempt(4));
    }

    @Test
    void anEventClaimedAsOftenAsTheLimitIsNotClaimedAgainWhateverBecameOfItsWorker() {
        assertFalse(policy.allowsAnotherAttempt(5));
        assertFalse(policy.allowsAnotherAttempt(6), "a limit lowered since the last claim");
    }

    @Test
    void theErrorOfAnEventWhoseWorkersNeverFinishedSaysHowOften() {
        assertEquals("the worker did not finish it 3 times (it died or outlived its claim's lease); dead after the last attempt",
                RetryPolicy.unfinishedClaimsError(3));
        assertTrue(RetryPolicy.unfinishedClaimsError(1).startsWith("the worker did not finish it 1 time "));
    }
}
