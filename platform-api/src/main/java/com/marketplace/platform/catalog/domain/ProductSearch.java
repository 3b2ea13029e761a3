package com.marketplace.platform.catalog.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a buyer looks for in the shop: words that must all appear in a product's name or description
 * (any case), and optionally one seller's shop and one currency. An empty search is the whole shop.
 *
 * @param words lowercase, at most {@value #MAX_WORDS} of at most {@value #MAX_WORD_LENGTH} characters each
 */
public record ProductSearch(List<String> words, Optional<SellerId> seller, Optional<CurrencyCode> currency) {

    /** Beyond this a search is not a search but a paste; the rest is ignored rather than refused. */
    public static final int MAX_WORDS = 8;
    public static final int MAX_WORD_LENGTH = 50;

    public ProductSearch {
        words = List.copyOf(words);
    }

    /** The words typed, split on blanks and lowercased; blanks alone search for nothing in particular. */
    public static ProductSearch of(String typed, Optional<SellerId> seller, Optional<CurrencyCode> currency) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<String> words = text.isEmpty() ? List.of() : Arrays.stream(text.split("\\s+"))
                .map(word -> word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word)
                .distinct().limit(MAX_WORDS).toList();
        return new ProductSearch(words, seller, currency);
    }

    public static ProductSearch everything() {
        return new ProductSearch(List.of(), Optional.empty(), Optional.empty());
    }

    public boolean isEverything() {
        return words.isEmpty() && seller.isEmpty() && currency.isEmpty();
    }

    /** The words joined back as typed (lowercased), for the search box. */
    public String text() {
        return String.join(" ", words);
    }

    /** A word as a SQL LIKE pattern matching it anywhere, its own {@code % _ !} taken literally (escaped with '!'). */
    public static String containsPattern(String word) {
        return "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
