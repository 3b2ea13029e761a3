package com.marketplace.platform.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowercaseRunsOfLettersAndDigits() {
        assertEquals(List.of("blue", "t", "shirt", "no", "50"), SearchWords.of("Blue T-Shirt, no. 50%"));
    }

    @Test
    void lettersOfOtherScriptsAreWords() {
        assertEquals(List.of("théière", "急須茶"), SearchWords.of("Théière (急須茶)"));
    }

    @Test
    void aRunLongerThanTheIndexHoldsIsCutWithoutSplittingACharacter() {
        assertEquals(List.of("a".repeat(63) + "é"), SearchWords.of("a".repeat(63) + "é".repeat(5)));
        String cut = SearchWords.of("𝔸".repeat(70)).get(0); // each a pair of UTF-16 chars
        assertEquals("𝔸".repeat(SearchWords.MAX_LENGTH), cut);
    }

    @Test
    void aNameSaysAWordTwiceAsStronglyAsADescription() {
        assertEquals(Map.of("walnut", 4, "bowl", 2, "oiled", 1), SearchWords.weights("Walnut bowl", "Oiled walnut, walnut."));
    }

    @Test
    void noTextHasNoWords() {
        assertEquals(Map.of(), SearchWords.weights("", null));
    }
}
