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

    private List<Product> wordSearch(Set<SellerId> sellers, ProductSearch search, SearchTerms terms, PageRequest page) {
        List<Long> ids = new WordSearch(entityManager, new WordSearchSql(isMySqlOrMariaDb()), sellers, search, terms).page(page);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Product> found = new HashMap<>();
        entityManager.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class).setParameter("ids", ids)
                .getResultList().forEach(product -> found.put(product.id().value(), product));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    // A search of words with no letter or digit ("%", "-"): every word matched anywhere in the name or the description.
    private List<Product> likeSearch(Set<SellerId> sellers, ProductSearch search, List<String> words, PageRequest page) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM Product p WHERE p.sellerId IN :sellers AND p.active = TRUE");
        LikeConditions.append(jpql, "p.name", "p.description", words.size());
        search.currency().ifPresent(currency -> jpql.append(" AND p.currency = :currency"));
        TypedQuery<Product> query = entityManager.createQuery(jpql.append(" ORDER BY p.id DESC").toString(), Product.class)
                .setParameter("sellers", sellers.stream().map(SellerId::value).toList());
        LikeConditions.bind(query, words);
        search.currency().ifPresent(currency -> query.setParameter("currency", currency.value()));
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize()).getResultList();
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
