package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductRepository;
import com.marketplace.platform.catalog.domain.ProductSearch;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.paging.ListOrder;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.persistence.DataSourceNames;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Resource(lookup = DataSourceNames.MARKETPLACE)
    DataSource dataSource;

    /** A search of several words ranks at most this many of the newest products holding its rarest word. */
    static final int CANDIDATES = 20_000;

    // Whether the database is MySQL/MariaDB, which take index hints; read once.
    private volatile Boolean mysql;

    @Override
    public Optional<Product> find(ProductId id) {
        return Optional.ofNullable(entityManager.find(Product.class, id.value()));
    }

    @Override
    public Optional<Product> findForUpdate(ProductId id) {
        return Optional.ofNullable(entityManager.find(Product.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    // The seller's standing is read from the sellers who may sell, not copied onto products: a seller
    // who falls to RESTRICTED stops being offered in the same instant their status changes. The page
    // walks the (active, id) index from the cursor and stops after one row more than it shows, so
    // its cost does not grow with the catalogue or the depth of the page.
    @Override
    public Page<Product> listOffered(Set<SellerId> sellers, PageRequest page, ListOrder order) {
        return offered(sellers, Optional.empty(), page, order);
    }

    private Page<Product> offered(Set<SellerId> sellers, Optional<CurrencyCode> currency, PageRequest page, ListOrder order) {
        if (sellers.isEmpty()) {
            return new Page<>(List.of(), false);
        }
        String jpql = "SELECT p FROM Product p WHERE p.active = TRUE AND p.sellerId IN :sellers"
                + currency.map(code -> " AND p.currency = :currency").orElse("")
                + page.seekCondition("p.id", order) + page.orderBy("p.id", order);
        TypedQuery<Product> query = entityManager.createQuery(jpql, Product.class)
                .setParameter("sellers", sellers.stream().map(SellerId::value).toList());
        currency.ifPresent(code -> query.setParameter("currency", code.value()));
        page.cursor().ifPresent(cursor -> query.setParameter("cursor", cursor));
        return page.page(query.setFirstResult(page.offset()).setMaxResults(page.fetchSize()).getResultList());
    }

    @Override
    public Page<Product> searchOffered(Set<SellerId> sellers, ProductSearch search, PageRequest page) {
        Set<SellerId> within = search.seller().map(seller -> sellers.contains(seller) ? Set.of(seller) : Set.<SellerId>of()).orElse(sellers);
        if (search.words().isEmpty()) {
            return offered(within, search.currency(), page, ListOrder.NEWEST_FIRST);
        }
        if (within.isEmpty()) {
            return new Page<>(List.of(), false);
        }
        SearchTerms terms = SearchTerms.of(search.words());
        if (terms.usesIndex()) {
            return page.page(wordSearch(within, search, terms, page));
        }
        return page.page(likeSearch(within, search, search.words(), page));
    }

    // Ranked by relevance (the summed weights of the words: how often the name, counting double, and
    // the description say them), then newest first, through V25's product_words. Relevance has no id
    // order to seek in, so its pages go by (bounded) offset.
    private List<Product> wordSearch(Set<SellerId> sellers, ProductSearch search, SearchTerms terms, PageRequest page) {
        List<String> words = terms.indexedWords();
        StringBuilder sql = new StringBuilder();
        if (words.size() == 1) {
            // The (word, weight, product_id) index read backwards is the page's order: the walk stops after the page.
            sql.append("SELECT w.product_id FROM product_words w").append(forceIndex("ix_product_words_ranked"))
                    .append(" JOIN products p ON p.id = w.product_id WHERE w.word = :w0");
        } else {
            // No index holds the order of a sum: the rarest word's newest CANDIDATES products are
            // read, each looked up under the other words, and the matches sorted.
            sql.append("SELECT c.product_id FROM (SELECT product_id, weight FROM product_words").append(forceIndex("ix_product_words_newest"))
                    .append(" WHERE word = :w0 ORDER BY product_id DESC LIMIT ").append(CANDIDATES).append(") c");
            for (int i = 1; i < words.size(); i++) {
                sql.append(" JOIN product_words w").append(i).append(" ON w").append(i).append(".word = :w").append(i)
                        .append(" AND w").append(i).append(".product_id = c.product_id");
            }
            sql.append(" JOIN products p ON p.id = c.product_id WHERE 1 = 1");
        }
        sql.append(" AND p.active = TRUE AND p.seller_id IN (:sellers)");
        search.currency().ifPresent(currency -> sql.append(" AND p.currency = :currency"));
        appendLikes(sql, "p.name", "p.description", terms.literalWords().size());
        if (words.size() == 1) {
            sql.append(" ORDER BY w.weight DESC, w.product_id DESC");
        } else {
            sql.append(" ORDER BY c.weight");
            for (int i = 1; i < words.size(); i++) {
                sql.append(" + w").append(i).append(".weight");
            }
            sql.append(" DESC, c.product_id DESC");
        }
        Query query = entityManager.createNativeQuery(sql.toString())
                .setParameter("sellers", sellers.stream().map(SellerId::value).toList());
        List<String> ordered = words.size() == 1 ? words : rarestFirst(words);
        for (int i = 0; i < ordered.size(); i++) {
            query.setParameter("w" + i, ordered.get(i));
        }
        bindLikes(query, terms.literalWords());
        search.currency().ifPresent(currency -> query.setParameter("currency", currency.value()));
        @SuppressWarnings("unchecked")
        List<Number> rows = query.setFirstResult(page.offset()).setMaxResults(page.fetchSize()).getResultList();
        List<Long> ids = rows.stream().map(Number::longValue).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Product> found = new HashMap<>();
        entityManager.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class).setParameter("ids", ids)
                .getResultList().forEach(product -> found.put(product.id().value(), product));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * The words, the one held by the fewest products first (counted up to {@value #CANDIDATES}, from
     * the index alone): the candidates are read under it, so they are as few as they can be.
     */
    private List<String> rarestFirst(List<String> words) {
        Map<String, Long> held = new HashMap<>();
        for (String word : words) {
            Number count = (Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM product_words"
                            + forceIndex("ix_product_words_newest") + " WHERE word = ?1 LIMIT " + CANDIDATES + ") held")
                    .setParameter(1, word).getSingleResult();
            held.put(word, count.longValue());
        }
        return words.stream().sorted(java.util.Comparator.comparing(held::get)).toList();
    }

    // MariaDB's optimizer may take the primary key or the other index for a word's rows and sort
    // them; the index named is the one whose order the query reads. H2 has no such hint.
    private String forceIndex(String index) {
        return isMySqlOrMariaDb() ? " FORCE INDEX (" + index + ")" : "";
    }

    // A search of words with no letter or digit ("%", "-"): every word matched anywhere in the name or the description.
    private List<Product> likeSearch(Set<SellerId> sellers, ProductSearch search, List<String> words, PageRequest page) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM Product p WHERE p.sellerId IN :sellers AND p.active = TRUE");
        appendLikes(jpql, "p.name", "p.description", words.size());
        search.currency().ifPresent(currency -> jpql.append(" AND p.currency = :currency"));
        TypedQuery<Product> query = entityManager.createQuery(jpql.append(" ORDER BY p.id DESC").toString(), Product.class)
                .setParameter("sellers", sellers.stream().map(SellerId::value).toList());
        bindLikes(query, words);
        search.currency().ifPresent(currency -> query.setParameter("currency", currency.value()));
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize()).getResultList();
    }

    // '!' escapes LIKE's wildcards: a backslash would itself be an escape inside MySQL's string literals.
    private static void appendLikes(StringBuilder where, String name, String description, int words) {
        for (int i = 0; i < words; i++) {
            where.append(" AND (LOWER(").append(name).append(") LIKE :word").append(i).append(" ESCAPE '!' OR LOWER(")
                    .append(description).append(") LIKE :word").append(i).append(" ESCAPE '!')");
        }
    }

    private static void bindLikes(Query query, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("word" + i, ProductSearch.containsPattern(words.get(i)));
        }
    }

    private boolean isMySqlOrMariaDb() {
        Boolean known = mysql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                known = product.contains("mysql") || product.contains("mariadb");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not tell which database the catalog runs on", e);
            }
            mysql = known;
        }
        return known;
    }

    @Override
    public List<Product> listOfSeller(SellerId seller) {
        return entityManager.createQuery("SELECT p FROM Product p WHERE p.sellerId = :seller ORDER BY p.id", Product.class)
                .setParameter("seller", seller.value())
                .getResultList();
    }

    @Override
    public Product add(Product product) {
        entityManager.persist(product);
        entityManager.flush();
        return product;
    }

    @Override
    public int withdrawAllOf(SellerId seller, Instant now) {
        return entityManager.createQuery("UPDATE Product p SET p.active = FALSE, p.updatedAt = :now, p.version = p.version + 1"
                        + " WHERE p.sellerId = :seller AND p.active = TRUE")
                .setParameter("now", now)
                .setParameter("seller", seller.value())
                .executeUpdate();
    }
}
