package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.SearchWords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A buyer's words as the search asks them: the index's words ({@link SearchWords}), each required,
 * and the words typed that are more than one index word ("t-shirt", "50%", "(vase)"), which the
 * query also checks with {@code LIKE} on the products the index found, so that each word typed
 * still appears as typed. A word with no letter or digit at all ("%", "-") is only checked by LIKE.
 */
final class SearchTerms {

    /** At most this many index words are joined; the rest are still required, through their typed word's LIKE. */
    static final int MAX_INDEXED = 8;

    private final List<String> indexed;
    private final List<String> literal;

    private SearchTerms(List<String> indexed, List<String> literal) {
        this.indexed = List.copyOf(indexed);
        this.literal = List.copyOf(literal);
    }

    /** {@code words}: lowercase and split on blanks already (ProductSearch). */
    static SearchTerms of(List<String> words) {
        Set<String> plain = new LinkedHashSet<>();
        Set<String> partsOfOthers = new LinkedHashSet<>();
        List<String> literal = new ArrayList<>();
        for (String word : words) {
            List<String> parts = SearchWords.of(word);
            if (parts.equals(List.of(word))) {
                plain.add(word);
            } else {
                literal.add(word);
                partsOfOthers.addAll(parts);
            }
        }
        // A plain word is required only through the index, so plain words come first.
        Set<String> indexed = new LinkedHashSet<>(plain);
        indexed.addAll(partsOfOthers);
        return new SearchTerms(indexed.stream().limit(MAX_INDEXED).toList(), literal);
    }

    /** Whether the index can narrow the search (at least one word it holds). */
    boolean usesIndex() {
        return !indexed.isEmpty();
    }

    /** The index words the products must all hold, at most {@value #MAX_INDEXED}. */
    List<String> indexedWords() {
        return indexed;
    }

    /** The words matched with LIKE on the products the index found (or on every offered product, when it found none to ask). */
    List<String> literalWords() {
        return literal;
    }
}
