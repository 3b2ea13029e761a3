package com.marketplace.onboarding.infrastructure;

import com.marketplace.onboarding.domain.ReconcileQueue;
import com.marketplace.onboarding.domain.StripeAccountId;
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
    public List<StripeAccountId> takeStale(Instant cutoff, Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, stripe_account_id FROM sellers"
                        + " WHERE stripe_account_id IS NOT NULL AND onboarding_status NOT IN ('DISCONNECTED', 'REJECTED')"
                        + " AND (account_synced_at IS NULL OR account_synced_at < ?1)"
                        + " AND (account_checked_at IS NULL OR account_checked_at < ?1)"
                        + " ORDER BY account_checked_at IS NOT NULL, account_checked_at, id LIMIT ?2")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .getResultList();
        // Plain column updates, not the entity: the version stays, so nobody's optimistic lock trips on a mere "tried".
        rows.forEach(row -> entityManager.createNativeQuery("UPDATE sellers SET account_checked_at = ?1 WHERE id = ?2")
                .setParameter(1, now).setParameter(2, ((Number) row[0]).longValue()).executeUpdate());
        return rows.stream().map(row -> new StripeAccountId((String) row[1])).toList();
    }
}
