package com.marketplace.platform.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankedMatchesTest {

    @Test
    void theMostRelevantComeFirstThenTheNewestAmongEquals() {
        RankedMatches matches = new RankedMatches();
        matches.add(10, 0.5);
        matches.add(30, 0.5);
        matches.add(5, 2.0);
        matches.add(20, 0.5);

        assertEquals(List.of(5L, 30L, 20L, 10L), matches.page(0, 10));
    }

    @Test
    void aProductFoundByBothReadsIsRankedOnce() {
        RankedMatches matches = new RankedMatches();
        matches.add(7, 1.0);
        matches.add(9, 1.0);
        matches.add(7, 1.0);

        assertEquals(List.of(9L, 7L), matches.page(0, 10));
        assertEquals(2, matches.size());
    }

    @Test
    void aPageIsTheRankingFromItsOffsetForAtMostItsSize() {
        RankedMatches matches = new RankedMatches();
        for (long id = 1; id <= 5; id++) {
            matches.add(id, 1.0);
        }

        assertEquals(List.of(3L, 2L), matches.page(2, 2));
        assertEquals(List.of(1L), matches.page(4, 2));
        assertEquals(List.of(), matches.page(5, 2));
    }
}
