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

    static final int MOST_RELEVANT = 2_000;
    static final int NEWEST_PRODUCTS = 100_000;
    private static final String RELEVANCE = "MATCH (name, description) AGAINST (:terms IN BOOLEAN MODE)";

    // Whether the database is MySQL/MariaDB, where V23 made the full-text index; read once.
    private volatile Boolean fullText;

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
        FullTextTerms terms = FullTextTerms.of(search.words());
        if (terms.usesIndex() && hasFullTextIndex()) {
            return page.page(fullTextSearch(within, search, terms, page));
        }
        return page.page(likeSearch(within, search, search.words(), page));
    }

    // Ranked by InnoDB's relevance, then newest first. The index finds the rows holding every
    // indexable word; the words it cannot answer (short, stopwords, punctuation) are checked by LIKE
    // on those rows only. Relevance has no id order to seek in, so its pages go by (bounded) offset.
    //
    // Ranking every match costs a row lookup per match (16,667 for a word in one product in twelve
    // of 200,000): at most MOST_RELEVANT are read, the ones InnoDB ranks highest (it hands the
    // matches over in its relevance order, ties oldest first). When more match, the ties it cut off
    // are the newest, so the newest matches the page needs are read too, walking back from the
    // newest product: the pages then rank as if every match were read, unless a match of equal
    // relevance lies more than NEWEST_PRODUCTS products back (docs/read-paths.md).
    private List<Product> fullTextSearch(Set<SellerId> sellers, ProductSearch search, FullTextTerms terms, PageRequest page) {
        RankedMatches matches = new RankedMatches();
        if (readMostRelevant(sellers, search, terms, matches)) {
            readNewestMatching(sellers, search, terms, page.offset() + page.fetchSize(), matches);
        }
        List<Long> ids = matches.page(page.offset(), page.fetchSize());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Product> found = new HashMap<>();
        entityManager.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class).setParameter("ids", ids)
                .getResultList().forEach(product -> found.put(product.id().value(), product));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * The {@value #MOST_RELEVANT} best matches (one more, to tell whether more match), then which of
     * them are offered and pass the filters; whether the index had more matches than were read.
     */
    private boolean readMostRelevant(Set<SellerId> sellers, ProductSearch search, FullTextTerms terms, RankedMatches matches) {
        StringBuilder sql = new StringBuilder("SELECT m.id, m.score, p.id AS kept FROM (SELECT id, " + RELEVANCE + " AS score"
                + " FROM products WHERE " + RELEVANCE + " LIMIT " + (MOST_RELEVANT + 1) + ") m"
                + " LEFT JOIN products p ON p.id = m.id AND p.active = TRUE AND p.seller_id IN (:sellers)");
        search.currency().ifPresent(currency -> sql.append(" AND p.currency = :currency"));
        appendLikes(sql, "p.name", "p.description", terms.literalWords().size());
        List<Object[]> rows = matchRows(sql.toString(), sellers, search, terms);
        for (Object[] row : rows) {
            if (row[2] != null) {
                matches.add(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
            }
        }
        return rows.size() > MOST_RELEVANT;
    }

    /**
     * The newest {@code wanted} matches that are offered and pass the filters, walking the primary
     * key back from the newest product, at most {@value #NEWEST_PRODUCTS} products deep. The MATCH
     * is only in the select list and HAVING: in the WHERE it would make the optimizer read every
     * match through the index again.
     */
    private void readNewestMatching(Set<SellerId> sellers, ProductSearch search, FullTextTerms terms, int wanted, RankedMatches matches) {
        StringBuilder sql = new StringBuilder("SELECT p.id, " + RELEVANCE.replace("(name, description)", "(p.name, p.description)")
                + " AS score FROM products p WHERE p.id > (SELECT MAX(id) FROM products) - " + NEWEST_PRODUCTS
                + " AND p.active = TRUE AND p.seller_id IN (:sellers)");
        search.currency().ifPresent(currency -> sql.append(" AND p.currency = :currency"));
        appendLikes(sql, "p.name", "p.description", terms.literalWords().size());
        sql.append(" HAVING score > 0 ORDER BY p.id DESC LIMIT ").append(wanted);
        for (Object[] row : matchRows(sql.toString(), sellers, search, terms)) {
            matches.add(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
        }
    }

    private List<Object[]> matchRows(String sql, Set<SellerId> sellers, ProductSearch search, FullTextTerms terms) {
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("terms", terms.booleanQuery())
                .setParameter("sellers", sellers.stream().map(SellerId::value).toList());
        bindLikes(query, terms.literalWords());
        search.currency().ifPresent(currency -> query.setParameter("currency", currency.value()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    // The embedded H2 has no full-text index like InnoDB's; there (and for words no index holds)
    // every word is matched anywhere in the name or the description.
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

    private boolean hasFullTextIndex() {
        Boolean known = fullText;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                known = product.contains("mysql") || product.contains("mariadb");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not tell which database the catalog runs on", e);
            }
            fullText = known;
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
