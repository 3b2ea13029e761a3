package com.marketplace.platform.catalog.infrastructure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The products a full-text search found, each with InnoDB's relevance, put in the storefront's
 * order: most relevant first, then newest (higher id) first. A product can be found by both of the
 * search's reads (the most relevant matches and the newest products' matches); it is ranked once.
 */
final class RankedMatches {

    private static final Comparator<Map.Entry<Long, Double>> BY_RELEVANCE_THEN_NEWEST =
            Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.<Long, Double>comparingByKey().reversed());

    private final Map<Long, Double> relevance = new HashMap<>();

    /** A match found by one of the reads; the same product read twice has the same relevance both times. */
    void add(long productId, double score) {
        relevance.merge(productId, score, Math::max);
    }

    int size() {
        return relevance.size();
    }

    /** The ids of at most {@code size} matches from {@code offset} on, in the ranking's order. */
    List<Long> page(int offset, int size) {
        List<Long> ranked = new ArrayList<>(relevance.size());
        relevance.entrySet().stream().sorted(BY_RELEVANCE_THEN_NEWEST).forEach(match -> ranked.add(match.getKey()));
        if (offset >= ranked.size()) {
            return List.of();
        }
        return List.copyOf(ranked.subList(offset, Math.min(ranked.size(), offset + size)));
    }
}
