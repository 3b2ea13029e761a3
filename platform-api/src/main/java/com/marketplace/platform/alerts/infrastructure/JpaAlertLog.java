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

// Entities in the caller's transaction, which holds the evaluation lease: one evaluator at a time
// reads the open alerts and opens or closes them. The unique open_key is the backstop should two
// passes ever overlap (a lease that ran out mid-pass): the second insert fails and its pass rolls
// back, so an alert is never open twice.
@ApplicationScoped
public class JpaAlertLog implements AlertLog {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public Optional<Alert> openUnlessOpen(Breach breach, Instant now) {
        if (openRows().stream().anyMatch(row -> row.key().equals(breach.key()))) {
            return Optional.empty();
        }
        StoredAlert opened = StoredAlert.opened(breach, now);
        entityManager.persist(opened);
        entityManager.flush();
        return Optional.of(opened.toAlert());
    }

    @Override
    public List<Alert> closeAllBut(Set<String> stillBreached, Instant now) {
        List<StoredAlert> clearing = openRows().stream().filter(row -> !stillBreached.contains(row.key())).toList();
        clearing.forEach(row -> row.close(now));
        return clearing.stream().map(StoredAlert::toAlert).toList();
    }

    @Override
    public List<Alert> open() {
        return openRows().stream().map(StoredAlert::toAlert).toList();
    }

    private List<StoredAlert> openRows() {
        return entityManager.createQuery("SELECT a FROM StoredAlert a WHERE a.openKey IS NOT NULL ORDER BY a.id", StoredAlert.class)
                .getResultList();
    }

    @Override
    public List<Alert> openedSince(Instant since, int limit) {
        return entityManager.createQuery("SELECT a FROM StoredAlert a WHERE a.openedAt >= :since ORDER BY a.id DESC", StoredAlert.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultStream().map(StoredAlert::toAlert).toList();
    }
}
