package com.marketplace.sandbox.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillingPeriodsTest {

    @Test
    void aMonthlyPeriodEndsOnTheSameDayOfTheNextMonth() {
        long start = Instant.parse("2027-01-15T10:00:00Z").getEpochSecond();

        assertEquals(Instant.parse("2027-02-15T10:00:00Z").getEpochSecond(), BillingPeriods.end(start, "month", 1));
    }

    @Test
    void aPeriodStartingOnThe31stEndsOnTheLastDayOfAShorterMonth() {
        long start = Instant.parse("2027-01-31T00:00:00Z").getEpochSecond();

        assertEquals(Instant.parse("2027-02-28T00:00:00Z").getEpochSecond(), BillingPeriods.end(start, "month", 1));
    }

    @Test
    void aYearlyPeriodEndsAYearLater() {
        long start = Instant.parse("2027-03-01T00:00:00Z").getEpochSecond();

        assertEquals(Instant.parse("2028-03-01T00:00:00Z").getEpochSecond(), BillingPeriods.end(start, "year", 1));
    }
}
