package com.marketplace.platform.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductSearchTest {

    @Test
    void typedWordsAreSplitOnBlanksLowercasedAndCountedOnce() {
        ProductSearch search = ProductSearch.of("  Blue  BOWL\tblue ", Optional.empty(), Optional.empty());

        assertEquals(List.of("blue", "bowl"), search.words());
        assertEquals("blue bowl", search.text());
    }

    @Test
    void blanksAloneSearchTheWholeShop() {
        assertTrue(ProductSearch.of("   ", Optional.empty(), Optional.empty()).isEverything());
        assertTrue(ProductSearch.of(null, Optional.empty(), Optional.empty()).isEverything());
    }

    @Test
    void aPastedEssayIsCutToTheFirstWordsAndEachWordToItsLimit() {
        String many = "a b c d e f g h i j k";
        String longWord = "x".repeat(200);

        assertEquals(ProductSearch.MAX_WORDS, ProductSearch.of(many, Optional.empty(), Optional.empty()).words().size());
        assertEquals(ProductSearch.MAX_WORD_LENGTH, ProductSearch.of(longWord, Optional.empty(), Optional.empty()).words().get(0).length());
    }

    @Test
    void likeWildcardsInAWordAreTakenLiterally() {
        assertEquals("%50!%%", ProductSearch.containsPattern("50%"));
        assertEquals("%a!_b%", ProductSearch.containsPattern("a_b"));
        assertEquals("%wow!!%", ProductSearch.containsPattern("wow!"));
        assertEquals("%back\\slash%", ProductSearch.containsPattern("back\\slash"));
    }

    @Test
    void aSearchNamingOnlyASellerIsNotTheWholeShop() {
        assertFalse(ProductSearch.of("", Optional.of(new com.marketplace.platform.kernel.ids.SellerId(9)), Optional.empty()).isEverything());
    }
}
