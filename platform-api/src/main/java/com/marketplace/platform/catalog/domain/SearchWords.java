package com.marketplace.platform.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the storefront's search cuts text into words, the same way for a product's name and
 * description when they are indexed ({@link ProductWordIndex}) and for what a buyer types: the
 * text lowercased, then its runs of letters and digits. "T-Shirt" holds "t" and "shirt", "50%"
 * holds "50"; a word is found whole, never as part of a longer one.
 */
public final class SearchWords {

    /** Longer runs are cut to this many characters: the index's column holds no more. */
    public static final int MAX_LENGTH = 64;

    /** A name's word speaks of the product more than a description's: each occurrence in the name counts this much, one in the description 1. */
    static final int NAME_WEIGHT = 2;

    /** The index stores a weight in a SMALLINT; a text repeating a word more often gains nothing more. */
    static final int MAX_WEIGHT = 10_000;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The words of {@code text} in order, repeats kept. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String run : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!run.isEmpty()) {
                words.add(cut(run));
            }
        }
        return words;
    }

    /**
     * Each word of a product with how strongly the product speaks of it (its relevance for a search
     * of that word): {@value #NAME_WEIGHT} per occurrence in the name, 1 per occurrence in the description.
     */
    public static Map<String, Integer> weights(String name, String description) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        of(name).forEach(word -> weights.merge(word, NAME_WEIGHT, SearchWords::add));
        of(description).forEach(word -> weights.merge(word, 1, SearchWords::add));
        return weights;
    }

    private static int add(int one, int other) {
        return Math.min(MAX_WEIGHT, one + other);
    }

    private static String cut(String run) {
        return run.codePointCount(0, run.length()) <= MAX_LENGTH ? run : run.substring(0, run.offsetByCodePoints(0, MAX_LENGTH));
    }
}
