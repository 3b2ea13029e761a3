package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductImage;
import com.marketplace.platform.catalog.domain.ProductImages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaProductImages implements ProductImages {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Optional<ProductImage> find(ProductId product) {
        return Optional.ofNullable(entityManager.find(ProductImage.class, product.value()));
    }

    @Override
    public void put(ProductImage image) {
        // The caller holds the product's row lock, so two uploads for one product take turns here.
        find(image.productId()).ifPresentOrElse(stored -> stored.replaceWith(image), () -> entityManager.persist(image));
    }
}
