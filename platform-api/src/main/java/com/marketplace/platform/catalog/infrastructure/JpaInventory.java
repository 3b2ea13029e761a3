package com.marketplace.platform.catalog.infrastructure;

import com.marketplace.platform.catalog.domain.Inventory;
import com.marketplace.platform.catalog.domain.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

// Bulk UPDATEs in the caller's transaction: the stock check and the change are one statement, so two
// confirmations racing for the last item cannot both take it.
@ApplicationScoped
public class JpaInventory implements Inventory {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public boolean take(ProductId product, int quantity, Instant now) {
        return entityManager.createQuery("UPDATE Product p SET p.stock = p.stock - :quantity, p.version = p.version + 1,"
                        + " p.updatedAt = :now WHERE p.id = :id AND p.stock >= :quantity")
                .setParameter("quantity", quantity)
                .setParameter("now", now)
                .setParameter("id", product.value())
                .executeUpdate() == 1;
    }

    @Override
    public void putBack(ProductId product, int quantity, Instant now) {
        entityManager.createQuery("UPDATE Product p SET p.stock = p.stock + :quantity, p.version = p.version + 1,"
                        + " p.updatedAt = :now WHERE p.id = :id")
                .setParameter("quantity", quantity)
                .setParameter("now", now)
                .setParameter("id", product.value())
                .executeUpdate();
    }
}
