package com.marketplace.platform.catalog.infrastructure;

/**
 * The statements of a search through V25's {@code product_words} (docs/read-paths.md, "What a
 * search reads"). Parameters: {@code :w0}... the index words (for several, the rarest first),
 * {@code :sellers}, {@code :currency} when filtered, {@code :word0}... the typed words checked by LIKE.
 */
final class WordSearchSql {

    /** A search of several words ranks at most this many of the newest products holding its rarest word. */
    static final int CANDIDATES = 20_000;

    /** A search of several words first reads this many; when their matches fill the page at the highest relevance there can be, that is the page. */
    static final int FIRST_CANDIDATES = 2_000;

    // MariaDB's optimizer may take the primary key or the other index for a word's rows and sort
    // them; the index named is the one whose order the statement reads. H2 takes no hints.
    private final boolean indexHints;

    WordSearchSql(boolean indexHints) {
        this.indexHints = indexHints;
    }

    /**
     * The ids of the matching offered products, with their relevance, most relevant first, then
     * newest; for several words, among the newest {@code candidates} products holding the first.
     */
    String matches(int words, boolean byCurrency, int likes, int candidates) {
        StringBuilder sql = new StringBuilder();
        if (words == 1) {
            // The (word, weight, product_id) index read backwards is the page's order: the walk stops after the page.
            sql.append("SELECT w.product_id, w.weight FROM product_words w").append(hint("ix_product_words_ranked"))
                    .append(" JOIN products p ON p.id = w.product_id WHERE w.word = :w0");
        } else {
            // No index holds the order of a sum: the first word's newest candidates are read, each
            // looked up under the other words in the same index (one small range per word, so the
            // lookups stay in a few pages), then in products, in that order, and the matches sorted.
            sql.append(indexHints ? "SELECT STRAIGHT_JOIN" : "SELECT").append(" c.product_id, ").append(sum(words))
                    .append(" FROM (SELECT product_id, weight FROM product_words").append(hint("ix_product_words_newest"))
                    .append(" WHERE word = :w0 ORDER BY product_id DESC LIMIT ").append(candidates).append(") c");
            for (int i = 1; i < words; i++) {
                sql.append(" JOIN product_words w").append(i).append(hint("ix_product_words_newest"))
                        .append(" ON w").append(i).append(".word = :w").append(i).append(" AND w").append(i).append(".product_id = c.product_id");
            }
            sql.append(" JOIN products p ON p.id = c.product_id WHERE 1 = 1");
        }
        sql.append(" AND p.active = TRUE AND p.seller_id IN (:sellers)");
        if (byCurrency) {
            sql.append(" AND p.currency = :currency");
        }
        LikeConditions.append(sql, "p.name", "p.description", likes);
        if (words == 1) {
            return sql.append(" ORDER BY w.weight DESC, w.product_id DESC").toString();
        }
        return sql.append(" ORDER BY ").append(sum(words)).append(" DESC, c.product_id DESC").toString();
    }

    /** The highest weight any product has for the word {@code ?1}: one step down the ranked index. */
    String highestWeight() {
        return "SELECT MAX(weight) FROM product_words" + hint("ix_product_words_ranked") + " WHERE word = ?1";
    }

    /** How many products hold the word {@code ?1}, counted from the index alone up to {@value #CANDIDATES}. */
    String heldBy() {
        return "SELECT COUNT(*) FROM (SELECT 1 FROM product_words" + hint("ix_product_words_newest")
                + " WHERE word = ?1 LIMIT " + CANDIDATES + ") held";
    }

    private static String sum(int words) {
        StringBuilder sum = new StringBuilder("c.weight");
        for (int i = 1; i < words; i++) {
            sum.append(" + w").append(i).append(".weight");
        }
        return sum.toString();
    }

    private String hint(String index) {
        return indexHints ? " FORCE INDEX (" + index + ")" : "";
    }
}
