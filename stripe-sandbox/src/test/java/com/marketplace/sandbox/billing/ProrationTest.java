package com.marketplace.sandbox.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProrationTest {

    private static final long START = 1_800_000_000L;
    private static final long END = START + 30 * 86_400L;

    @Test
    void halfwayThroughThePeriodHalfTheOldPriceIsCreditedAndHalfTheNewCharged() {
        Proration proration = Proration.of(3000, 7000, START, END, START + 15 * 86_400L);

        assertEquals(-1500, proration.credit());
        assertEquals(3500, proration.charge());
        assertEquals(2000, proration.net());
    }

    @Test
    void theSharesAreCountedInSecondsAndRoundedToTheNearestMinorUnit() {
        // 1 second left of a 30-day period: 2,592,000 seconds; 1000 × 1 / 2,592,000 rounds to 0, 2,000,000 × 1/2,592,000 = 0.77 to 1.
        Proration proration = Proration.of(1000, 2_000_000, START, END, END - 1);

        assertEquals(0, proration.credit());
        assertEquals(1, proration.charge());
    }

    @Test
    void aChangeAtThePeriodsStartCreditsTheWholeOldPriceAndChargesTheWholeNewOne() {
        Proration proration = Proration.of(3000, 7000, START, END, START);

        assertEquals(-3000, proration.credit());
        assertEquals(7000, proration.charge());
    }
}
