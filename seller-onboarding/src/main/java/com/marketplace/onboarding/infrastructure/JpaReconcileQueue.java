package com.marketplace.onboarding.infrastructure;

import com.marketplace.onboarding.domain.ReconcileQueue;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.sellers.OnboardingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

// The lease is the account-reconciler row of job_leases (V20), taken by one conditional UPDATE as
// the alert evaluation's: of two instances racing for an expired lease, one updates the row.
@ApplicationScoped
public class JpaReconcileQueue implements ReconcileQueue {

    static final String LEASE = "account-reconciler";

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    @Transactional
    public boolean takeTurn(String holder, Instant now, Instant until) {
        return entityManager.createNativeQuery("UPDATE job_leases SET holder = ?1, lease_until = ?2"
                        + " WHERE name = ?3 AND (lease_until < ?4 OR holder = ?1)")
                .setParameter(1, holder)
                .setParameter(2, until)
                .setParameter(3, LEASE)
                .setParameter(4, now)
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    public List<StripeAccountId> syncedBefore(Instant cutoff, int limit) {
        return entityManager.createQuery("SELECT s.stripeAccountId FROM Seller s WHERE s.stripeAccountId IS NOT NULL"
                        + " AND s.status NOT IN :gone AND (s.accountSyncedAt IS NULL OR s.accountSyncedAt < :cutoff)"
                        + " ORDER BY s.accountSyncedAt ASC, s.id ASC", String.class)
                .setParameter("gone", List.of(OnboardingStatus.DISCONNECTED, OnboardingStatus.REJECTED))
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultStream().map(StripeAccountId::new).toList();
    }
}
