package com.marketplace.platform.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FullTextTermsTest {

    @Test
    void plainWordsAreEachRequiredByTheIndex() {
        FullTextTerms terms = FullTextTerms.of(List.of("blue", "bowl"));

        assertEquals("+blue +bowl", terms.booleanQuery());
        assertTrue(terms.literalWords().isEmpty());
        assertTrue(terms.usesIndex());
    }

    @Test
    void booleanOperatorsNeverReachTheExpression() {
        FullTextTerms terms = FullTextTerms.of(List.of("-bowl", "+mug*", "\"teapot", "(vase)", "~lamp", "<tray>", "cup@2"));

        assertEquals("+bowl +mug +teapot +vase +lamp +tray +cup", terms.booleanQuery());
        assertEquals(List.of("-bowl", "+mug*", "\"teapot", "(vase)", "~lamp", "<tray>", "cup@2"), terms.literalWords(),
                "each word typed must still appear as typed");
    }

    @Test
    void shortWordsAndStopwordsAreLeftToLike() {
        FullTextTerms terms = FullTextTerms.of(List.of("the", "ox", "t-shirt", "50%"));

        assertEquals("+shirt", terms.booleanQuery());
        assertEquals(List.of("the", "ox", "t-shirt", "50%"), terms.literalWords());
    }

    @Test
    void withNothingIndexableTheSearchIsLikeAlone() {
        FullTextTerms terms = FullTextTerms.of(List.of("of", "%"));

        assertFalse(terms.usesIndex());
        assertEquals(List.of("of", "%"), terms.literalWords());
    }

    @Test
    void lettersOfOtherScriptsAreWords() {
        assertEquals("+théière +急須茶", FullTextTerms.of(List.of("théière", "急須茶")).booleanQuery());
    }
}
