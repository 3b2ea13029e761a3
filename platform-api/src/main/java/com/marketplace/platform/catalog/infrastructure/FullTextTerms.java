package com.marketplace.platform.catalog.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A buyer's words split for InnoDB's full-text index (V23's {@code ft_products_text}): the
 * {@code MATCH ... AGAINST} expression in BOOLEAN MODE that requires each indexable word, and the
 * words the index cannot answer, which the query checks with {@code LIKE} on the rows the index found.
 *
 * <p>A word goes to the index when it is letters and digits only, at least
 * {@value #MIN_TOKEN_SIZE} characters long (InnoDB's {@code innodb_ft_min_token_size}) and not in
 * InnoDB's default stopword list: the index holds no shorter words and no stopwords, so asking it
 * for one would find nothing. Anything else a buyer types (an operator of the boolean syntax such
 * as {@code + - * " ( ) < > ~ @}, a hyphen, a percent sign, a two-letter word) is never put into
 * the expression: only the letters-and-digits parts of such a word reach the index, and the whole
 * word is matched literally by {@code LIKE}, so every word typed must still appear, as before.
 */
final class FullTextTerms {

    static final int MIN_TOKEN_SIZE = 3;

    // InnoDB's INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD (MySQL 8 and MariaDB).
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en",
            "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was", "what",
            "when", "where", "who", "will", "with", "und", "www");

    private final List<String> indexed;
    private final List<String> literal;

    private FullTextTerms(List<String> indexed, List<String> literal) {
        this.indexed = List.copyOf(indexed);
        this.literal = List.copyOf(literal);
    }

    /** {@code words}: lowercase and split on blanks already (ProductSearch). */
    static FullTextTerms of(List<String> words) {
        Set<String> indexed = new LinkedHashSet<>();
        List<String> literal = new ArrayList<>();
        for (String word : words) {
            boolean whole = true;
            for (String part : word.split("[^\\p{L}\\p{N}]+")) {
                if (indexable(part)) {
                    indexed.add(part);
                } else if (!part.isEmpty()) {
                    whole = false;
                }
            }
            if (!whole || !word.matches("[\\p{L}\\p{N}]+")) {
                literal.add(word);
            }
        }
        return new FullTextTerms(new ArrayList<>(indexed), literal);
    }

    private static boolean indexable(String part) {
        return part.codePointCount(0, part.length()) >= MIN_TOKEN_SIZE && !STOPWORDS.contains(part);
    }

    /** Whether the index can narrow the search (at least one word it holds). */
    boolean usesIndex() {
        return !indexed.isEmpty();
    }

    /** The BOOLEAN MODE expression: every indexable word required ({@code +word}), nothing else in it. */
    String booleanQuery() {
        return String.join(" ", indexed.stream().map(word -> "+" + word).toList());
    }

    /** The words matched with LIKE on the rows the index found (or on every offered row, when it found none to ask). */
    List<String> literalWords() {
        return literal;
    }
}
