package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.ProductSearch;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search through V25's {@code product_words}: the ids of a page of offered products holding
 * every word, ranked by relevance (the summed weights of the words: how often the name, counting
 * double, and the description say them), then newest first. Relevance has no id order to seek in,
 * so its pages go by (bounded) offset.
 */
final class WordSearch {

    private final EntityManager entityManager;
    private final WordSearchSql statements;
    private final Set<SellerId> sellers;
    private final ProductSearch search;
    private final SearchTerms terms;

    WordSearch(EntityManager entityManager, WordSearchSql statements, Set<SellerId> sellers, ProductSearch search, SearchTerms terms) {
        this.entityManager = entityManager;
        this.statements = statements;
        this.sellers = sellers;
        this.search = search;
        this.terms = terms;
    }

    /** The page's product ids, in the ranking's order. */
    List<Long> page(PageRequest page) {
        List<String> words = terms.indexedWords();
        if (words.size() == 1) {
            return idsOf(matches(words, WordSearchSql.CANDIDATES, page.offset(), page.fetchSize()));
        }
        // The first word's newest FIRST_CANDIDATES are read first: when the page's matches all have
        // the highest relevance any product can have for these words, nothing older can outrank them
        // and they are the page. Otherwise the candidates are read under the rarest word, all ranked.
        int needed = page.offset() + page.fetchSize();
        List<Object[]> newest = matches(words, WordSearchSql.FIRST_CANDIDATES, 0, needed);
        if (newest.size() == needed && relevance(newest.get(needed - 1)) == highestRelevance(words)) {
            return idsOf(newest.subList(page.offset(), needed));
        }
        return idsOf(matches(rarestFirst(words), WordSearchSql.CANDIDATES, page.offset(), page.fetchSize()));
    }

    private List<Object[]> matches(List<String> words, int candidates, int offset, int limit) {
        Query query = entityManager.createNativeQuery(statements.matches(words.size(), search.currency().isPresent(),
                        terms.literalWords().size(), candidates))
                .setParameter("sellers", sellers.stream().map(SellerId::value).toList());
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, words.get(i));
        }
        LikeConditions.bind(query, terms.literalWords());
        search.currency().ifPresent(currency -> query.setParameter("currency", currency.value()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows;
    }

    private long highestRelevance(List<String> words) {
        long highest = 0;
        for (String word : words) {
            Number weight = (Number) entityManager.createNativeQuery(statements.highestWeight()).setParameter(1, word).getSingleResult();
            highest += weight == null ? 0 : weight.longValue();
        }
        return highest;
    }

    // The candidates are read under the word the fewest products hold, so they are as few as they can be.
    private List<String> rarestFirst(List<String> words) {
        Map<String, Long> heldBy = new HashMap<>();
        for (String word : words) {
            heldBy.put(word, ((Number) entityManager.createNativeQuery(statements.heldBy()).setParameter(1, word).getSingleResult()).longValue());
        }
        return words.stream().sorted(Comparator.comparing(heldBy::get)).toList();
    }

    private static List<Long> idsOf(List<Object[]> rows) {
        return rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    private static long relevance(Object[] row) {
        return ((Number) row[1]).longValue();
    }
}
