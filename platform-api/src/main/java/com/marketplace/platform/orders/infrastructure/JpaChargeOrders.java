package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.orders.domain.ChargeOrders;
import com.marketplace.platform.orders.domain.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaChargeOrders implements ChargeOrders {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public List<Order> ofPaymentIntent(String paymentIntentId) {
        return entityManager.createQuery("SELECT o FROM MarketplaceOrder o WHERE o.paymentIntentId = :intent ORDER BY o.id", Order.class)
                .setParameter("intent", paymentIntentId).getResultList();
    }
}
