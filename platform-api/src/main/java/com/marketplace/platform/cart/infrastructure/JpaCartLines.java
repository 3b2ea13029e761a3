package com.marketplace.platform.cart.infrastructure;

import com.marketplace.platform.cart.domain.CartLine;
import com.marketplace.platform.cart.domain.CartLines;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.BuyerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * {@code cart_lines} in plain SQL: a line is two numbers, with nothing for an entity to guard. Setting
 * a line updates it, or inserts it when there is none; two requests racing to insert the same line
 * meet the unique key, and the loser's transaction fails rather than leave two lines.
 */
@ApplicationScoped
public class JpaCartLines implements CartLines {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public List<CartLine> of(BuyerId buyer) {
        List<?> rows = entityManager.createNativeQuery("SELECT product_id, quantity FROM cart_lines WHERE buyer_id = ? ORDER BY id")
                .setParameter(1, buyer.value()).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new CartLine(new ProductId(((Number) row[0]).longValue()), ((Number) row[1]).intValue())).toList();
    }

    @Override
    public void put(BuyerId buyer, CartLine line, Instant now) {
        int updated = entityManager.createNativeQuery("UPDATE cart_lines SET quantity = ?, updated_at = ? WHERE buyer_id = ? AND product_id = ?")
                .setParameter(1, line.quantity()).setParameter(2, Timestamp.from(now)).setParameter(3, buyer.value())
                .setParameter(4, line.product().value()).executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("INSERT INTO cart_lines (buyer_id, product_id, quantity, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, buyer.value()).setParameter(2, line.product().value()).setParameter(3, line.quantity())
                    .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now)).executeUpdate();
        }
    }

    @Override
    public void remove(BuyerId buyer, ProductId product) {
        entityManager.createNativeQuery("DELETE FROM cart_lines WHERE buyer_id = ? AND product_id = ?")
                .setParameter(1, buyer.value()).setParameter(2, product.value()).executeUpdate();
    }

    @Override
    public void clear(BuyerId buyer) {
        entityManager.createNativeQuery("DELETE FROM cart_lines WHERE buyer_id = ?").setParameter(1, buyer.value()).executeUpdate();
    }
}
