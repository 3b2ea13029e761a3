package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductRepository;
import com.marketplace.platform.catalog.domain.ProductSearch;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Optional<Product> find(ProductId id) {
        return Optional.ofNullable(entityManager.find(Product.class, id.value()));
    }

    @Override
    public Optional<Product> findForUpdate(ProductId id) {
        return Optional.ofNullable(entityManager.find(Product.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    // The seller's standing is joined, not copied onto products: a seller who falls to RESTRICTED
    // stops being offered in the same instant their status changes.
    @Override
    public List<Product> listOffered(Set<SellerId> sellers, int offset, int limit) {
        return offered(sellers, "ORDER BY p.id", offset, limit);
    }

    @Override
    public List<Product> listOfferedNewestFirst(Set<SellerId> sellers, int offset, int limit) {
        return offered(sellers, "ORDER BY p.id DESC", offset, limit);
    }

    private List<Product> offered(Set<SellerId> sellers, String order, int offset, int limit) {
        if (sellers.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT p FROM Product p WHERE p.sellerId IN :sellers AND p.active = TRUE " + order, Product.class)
                .setParameter("sellers", sellers.stream().map(SellerId::value).toList())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Product> searchOffered(Set<SellerId> sellers, ProductSearch search, int offset, int limit) {
        Set<SellerId> within = search.seller().map(seller -> sellers.contains(seller) ? Set.of(seller) : Set.<SellerId>of()).orElse(sellers);
        if (within.isEmpty()) {
            return List.of();
        }
        // '!' escapes LIKE's wildcards: a backslash would itself be an escape inside MySQL's string literals.
        StringBuilder jpql = new StringBuilder("SELECT p FROM Product p WHERE p.sellerId IN :sellers AND p.active = TRUE");
        for (int i = 0; i < search.words().size(); i++) {
            jpql.append(" AND (LOWER(p.name) LIKE :word").append(i).append(" ESCAPE '!' OR LOWER(p.description) LIKE :word").append(i)
                    .append(" ESCAPE '!')");
        }
        search.currency().ifPresent(currency -> jpql.append(" AND p.currency = :currency"));
        TypedQuery<Product> query = entityManager.createQuery(jpql.append(" ORDER BY p.id DESC").toString(), Product.class)
                .setParameter("sellers", within.stream().map(SellerId::value).toList());
        for (int i = 0; i < search.words().size(); i++) {
            query.setParameter("word" + i, ProductSearch.containsPattern(search.words().get(i)));
        }
        search.currency().ifPresent(currency -> query.setParameter("currency", currency.value()));
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
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
