package com.marketplace.platform.kernel.leases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

// The job's row exists from its migration; taking the lease is one conditional UPDATE, which the
// database serialises: of two instances racing for an expired lease, one updates the row, the
// other then sees it held and updates nothing. A caller already in a transaction (the alert
// evaluation) takes the lease inside it; one that is not (the order reconciler, whose orders each
// commit on their own) gets a transaction of its own for the UPDATE.
@ApplicationScoped
public class JpaJobLease implements JobLease {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    @Transactional
    public boolean hold(String name, String holder, Instant now, Instant until) {
        return entityManager.createNativeQuery("UPDATE job_leases SET holder = ?1, lease_until = ?2"
                        + " WHERE name = ?3 AND (lease_until < ?4 OR holder = ?1)")
                .setParameter(1, holder)
                .setParameter(2, until)
                .setParameter(3, name)
                .setParameter(4, now)
                .executeUpdate() == 1;
    }
}
