package com.marketplace.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Failed sign-ins in the {@code sign_in_failures} table (V24), shared by every instance on the
 * database. Only inserts and deletes: two instances recording failures of one key at once both
 * count, none overwrites the other. Bounded: a key keeps its newest {@code keep} failures, and
 * each failure purges every row that has left the window, whatever its key.
 */
@ApplicationScoped
public class JpaSignInFailures implements SignInFailures {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    @Transactional
    public List<Instant> record(String key, Instant at, Instant after, int keep) {
        entityManager.createNativeQuery("INSERT INTO sign_in_failures (key_digest, failed_at_ms) VALUES (?1, ?2)")
                .setParameter(1, key)
                .setParameter(2, at.toEpochMilli())
                .executeUpdate();
        entityManager.createNativeQuery("DELETE FROM sign_in_failures WHERE failed_at_ms <= ?1")
                .setParameter(1, after.toEpochMilli())
                .executeUpdate();
        List<Instant> newest = recent(key, after, keep);
        if (newest.size() == keep) {
            // Older than the newest `keep` is never looked at again. A failure another instance
            // records meanwhile is newer than these, so this never deletes it.
            entityManager.createNativeQuery("DELETE FROM sign_in_failures WHERE key_digest = ?1 AND failed_at_ms < ?2")
                    .setParameter(1, key)
                    .setParameter(2, newest.get(newest.size() - 1).toEpochMilli())
                    .executeUpdate();
        }
        return newest;
    }

    @Override
    @Transactional
    public List<Instant> recent(String key, Instant after, int limit) {
        List<?> rows = entityManager.createNativeQuery("SELECT failed_at_ms FROM sign_in_failures"
                        + " WHERE key_digest = ?1 AND failed_at_ms > ?2 ORDER BY failed_at_ms DESC, id DESC")
                .setParameter(1, key)
                .setParameter(2, after.toEpochMilli())
                .setMaxResults(limit)
                .getResultList();
        List<Instant> newest = new ArrayList<>(rows.size());
        for (Object row : rows) {
            newest.add(Instant.ofEpochMilli(((Number) row).longValue()));
        }
        return newest;
    }

    @Override
    @Transactional
    public void clear(String key) {
        entityManager.createNativeQuery("DELETE FROM sign_in_failures WHERE key_digest = ?1")
                .setParameter(1, key)
                .executeUpdate();
    }
}
