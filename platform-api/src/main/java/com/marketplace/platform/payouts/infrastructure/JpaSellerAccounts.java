package com.marketplace.platform.payouts.infrastructure;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.payouts.domain.SellerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

// A read of seller-onboarding's sellers table by its unique Stripe account id: the one question
// about sellers that the SellerDirectory port does not answer, kept here rather than widening it.
@ApplicationScoped
public class JpaSellerAccounts implements SellerAccounts {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Optional<SellerId> sellerOf(String stripeAccountId) {
        return entityManager.createNativeQuery("SELECT id FROM sellers WHERE stripe_account_id = ?1")
                .setParameter(1, stripeAccountId)
                .getResultList().stream().findFirst().map(id -> new SellerId(((Number) id).longValue()));
    }
}
