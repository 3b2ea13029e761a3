package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Optional<Product> find(ProductId id) {
        return Optional.ofNullable(entityManager.find(Product.class, id.value()));
    }

    @Override
    public List<Product> listActive(int offset, int limit) {
        return entityManager.createQuery("SELECT p FROM Product p WHERE p.active = TRUE ORDER BY p.id", Product.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
