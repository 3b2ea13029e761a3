package com.marketplace.onboarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The reconciler's rate: never more reads than allowed in any sliding minute. */
class RateBudgetTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void spentCallsAreUnavailableForAMinute() {
        RateBudget budget = new RateBudget(3);
        budget.spend(T0);
        budget.spend(T0.plusSeconds(10));

        assertEquals(1, budget.available(T0.plusSeconds(30)));
    }

    @Test
    void aCallOlderThanAMinuteIsAvailableAgain() {
        RateBudget budget = new RateBudget(2);
        budget.spend(T0);
        budget.spend(T0.plusSeconds(40));

        assertEquals(1, budget.available(T0.plusSeconds(60)));
        assertEquals(2, budget.available(T0.plusSeconds(101)));
    }
}
