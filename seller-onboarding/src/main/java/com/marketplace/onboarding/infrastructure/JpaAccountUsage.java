package com.marketplace.onboarding.infrastructure;

import com.marketplace.onboarding.domain.AccountUsage;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * {@link AccountUsage} read from the tables where money through a seller's account is recorded.
 * A read of other features' rows, by the seller's id only (as payouts read the sellers table to
 * route events): the answer is whether any exist, never what they hold. Orders count in any
 * status, since a checkout still open can be paid on the current account.
 */
@ApplicationScoped
public class JpaAccountUsage implements AccountUsage {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public boolean moneyRecorded(SellerId seller) {
        Number found = (Number) entityManager.createNativeQuery("SELECT CASE WHEN"
                        + " EXISTS (SELECT 1 FROM orders WHERE seller_id = ?1)"
                        + " OR EXISTS (SELECT 1 FROM plans WHERE seller_id = ?1)"
                        + " OR EXISTS (SELECT 1 FROM subscriptions WHERE seller_id = ?1)"
                        + " OR EXISTS (SELECT 1 FROM payouts WHERE seller_id = ?1)"
                        + " THEN 1 ELSE 0 END")
                .setParameter(1, seller.value())
                .getSingleResult();
        return found.intValue() == 1;
    }
}
