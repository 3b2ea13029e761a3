package com.marketplace.platform.kpis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void theMedianOfAnOddNumberOfObservationsIsTheMiddleOne() {
        assertEquals(OptionalLong.of(30), Distribution.of(50, 10, 30, 20, 40).median());
    }

    @Test
    void theMedianOfAnEvenNumberOfObservationsIsTheLowerMiddleOne() {
        assertEquals(OptionalLong.of(20), Distribution.of(10, 20, 30, 40).median());
    }

    @Test
    void theNinetiethPercentileIsTheSmallestValueNineTenthsAreAtOrBelow() {
        assertEquals(OptionalLong.of(90), Distribution.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100).percentile(90));
    }

    @Test
    void theNinetiethPercentileOfAFewObservationsIsTheLargest() {
        assertEquals(OptionalLong.of(300), Distribution.of(60, 120, 300).percentile(90));
    }

    @Test
    void bucketsCountAsManyObservationsAsTheyHold() {
        Distribution durations = new Distribution(List.of(new Distribution.Bucket(600, 1), new Distribution.Bucket(5, 8),
                new Distribution.Bucket(60, 1)));

        assertEquals(10, durations.observations());
        assertEquals(OptionalLong.of(5), durations.median());
        assertEquals(OptionalLong.of(60), durations.percentile(90));
        assertEquals(OptionalLong.of(600), durations.percentile(100));
    }

    @Test
    void bucketsAreReadInOrderOfTheirValueWhateverOrderTheDatabaseAnswersIn() {
        Distribution durations = new Distribution(List.of(new Distribution.Bucket(3, 1), new Distribution.Bucket(1, 1),
                new Distribution.Bucket(2, 1)));

        assertEquals(OptionalLong.of(2), durations.median());
    }

    @Test
    void noObservationHasNoPercentile() {
        assertEquals(OptionalLong.empty(), Distribution.empty().median());
        assertEquals(OptionalLong.empty(), Distribution.empty().percentile(90));
    }

    @Test
    void aSingleObservationIsEveryPercentile() {
        assertEquals(OptionalLong.of(42), Distribution.of(42).percentile(1));
        assertEquals(OptionalLong.of(42), Distribution.of(42).percentile(100));
    }

    @Test
    void aPercentileOutsideOneToAHundredIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(1).percentile(0));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(1).percentile(101));
    }

    @Test
    void twoBucketsOfOneValueAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Distribution(List.of(new Distribution.Bucket(5, 1), new Distribution.Bucket(5, 2))));
    }

    @Test
    void anEmptyBucketIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Bucket(5, 0));
    }
}
