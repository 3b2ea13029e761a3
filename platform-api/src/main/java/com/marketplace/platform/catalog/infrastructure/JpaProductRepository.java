package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductRepository;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
