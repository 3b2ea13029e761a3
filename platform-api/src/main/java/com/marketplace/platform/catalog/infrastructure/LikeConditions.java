package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.ProductSearch;
import jakarta.persistence.Query;
import java.util.List;

/** Typed words that must appear as typed, anywhere in a product's name or description, by LIKE. */
final class LikeConditions {

    private LikeConditions() {
    }

    // '!' escapes LIKE's wildcards: a backslash would itself be an escape inside MySQL's string literals.
    static void append(StringBuilder where, String name, String description, int words) {
        for (int i = 0; i < words; i++) {
            where.append(" AND (LOWER(").append(name).append(") LIKE :word").append(i).append(" ESCAPE '!' OR LOWER(")
                    .append(description).append(") LIKE :word").append(i).append(" ESCAPE '!')");
        }
    }

    static void bind(Query query, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("word" + i, ProductSearch.containsPattern(words.get(i)));
        }
    }
}
