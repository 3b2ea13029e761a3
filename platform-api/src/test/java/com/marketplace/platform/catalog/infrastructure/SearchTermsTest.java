package com.marketplace.platform.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void plainWordsAreEachRequiredByTheIndexAlone() {
        SearchTerms terms = SearchTerms.of(List.of("blue", "bowl"));

        assertEquals(List.of("blue", "bowl"), terms.indexedWords());
        assertTrue(terms.literalWords().isEmpty());
    }

    @Test
    void aWordOfSeveralPartsIsAskedByItsPartsAndCheckedAsTyped() {
        SearchTerms terms = SearchTerms.of(List.of("t-shirt", "50%", "(vase)"));

        assertEquals(List.of("t", "shirt", "50", "vase"), terms.indexedWords());
        assertEquals(List.of("t-shirt", "50%", "(vase)"), terms.literalWords(), "each word typed must still appear as typed");
    }

    @Test
    void withNoLetterOrDigitTheSearchIsLikeAlone() {
        SearchTerms terms = SearchTerms.of(List.of("%", "-"));

        assertFalse(terms.usesIndex());
        assertEquals(List.of("%", "-"), terms.literalWords());
    }

    @Test
    void plainWordsComeFirstWhenTheIndexWordsAreTooMany() {
        SearchTerms terms = SearchTerms.of(List.of("a-b-c-d-e-f-g-h-i", "walnut"));

        assertEquals("walnut", terms.indexedWords().get(0));
        assertEquals(SearchTerms.MAX_INDEXED, terms.indexedWords().size());
        assertEquals(List.of("a-b-c-d-e-f-g-h-i"), terms.literalWords(), "its parts left out are still required through its LIKE");
    }
}
