package com.marketplace.platform.alerts.infrastructure;

import com.marketplace.platform.alerts.domain.Alert;
import com.marketplace.platform.alerts.domain.AlertLog;
import com.marketplace.platform.alerts.domain.Breach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

// Plain SQL in the caller's transaction. Opening is one conditional INSERT (nothing when an alert with
// the key is open), backed by the unique open_key, so two passes can never open the same alert twice.
@ApplicationScoped
public class JpaAlertLog implements AlertLog {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Optional<Alert> openUnlessOpen(Breach breach, Instant now) {
        int inserted = entityManager.createNativeQuery("INSERT INTO alerts (alert_key, rule_name, detail, opened_at, open_key)"
                        + " SELECT ?1, ?2, ?3, ?4, ?1 FROM job_leases WHERE name = 'alert-evaluation'"
                        + " AND NOT EXISTS (SELECT 1 FROM alerts WHERE open_key = ?1)")
                .setParameter(1, breach.key())
                .setParameter(2, breach.rule().code())
                .setParameter(3, breach.detail().length() > 500 ? breach.detail().substring(0, 500) : breach.detail())
                .setParameter(4, now)
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        return openWithKey(breach.key());
    }

    @Override
    public List<Alert> closeAllBut(Set<String> stillBreached, Instant now) {
        List<Alert> clearing = open().stream().filter(alert -> !stillBreached.contains(alert.key())).toList();
        for (Alert alert : clearing) {
            entityManager.createNativeQuery("UPDATE alerts SET closed_at = ?1, open_key = NULL WHERE id = ?2 AND open_key IS NOT NULL")
                    .setParameter(1, now)
                    .setParameter(2, alert.id())
                    .executeUpdate();
        }
        return clearing.stream().map(alert -> new Alert(alert.id(), alert.key(), alert.rule(), alert.detail(), alert.openedAt(), Optional.of(now)))
                .toList();
    }

    @Override
    public List<Alert> open() {
        return entityManager.createQuery("SELECT a FROM StoredAlert a WHERE a.openKey IS NOT NULL ORDER BY a.id", StoredAlert.class)
                .getResultStream().map(StoredAlert::toAlert).toList();
    }

    @Override
    public List<Alert> openedSince(Instant since, int limit) {
        return entityManager.createQuery("SELECT a FROM StoredAlert a WHERE a.openedAt >= :since ORDER BY a.id DESC", StoredAlert.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultStream().map(StoredAlert::toAlert).toList();
    }

    private Optional<Alert> openWithKey(String key) {
        return entityManager.createQuery("SELECT a FROM StoredAlert a WHERE a.openKey = :key", StoredAlert.class)
                .setParameter("key", key)
                .getResultStream().findFirst().map(StoredAlert::toAlert);
    }
}
