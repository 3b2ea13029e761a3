package com.marketplace.platform.alerts.infrastructure;

import com.marketplace.platform.alerts.domain.BusinessSignals;
import com.marketplace.platform.alerts.domain.SignalSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// Aggregates only, each over an indexed time column (orders.paid_at, orders (status, updated_at),
// orders (currency, dispute_opened_at), order_refunds.created_at): a pass costs a few index range scans whatever the size of the history.
// Times are bound as Instant: Hibernate writes them as UTC wall-clock time (hibernate.jdbc.time_zone),
// as the entities wrote the columns.
@ApplicationScoped
public class JpaSignalSource implements SignalSource {

    static final Duration DISPUTE_WINDOW = Duration.ofDays(30);
    static final Duration USUAL_WEEK = Duration.ofDays(7);

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public BusinessSignals read(Instant now, Duration successWindow) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long lastHour = count("SELECT COUNT(*) FROM order_refunds WHERE created_at >= ?1", hourAgo);
        long weekBefore = count("SELECT COUNT(*) FROM order_refunds WHERE created_at >= ?1 AND created_at < ?2",
                now.minus(Duration.ofHours(1)).minus(USUAL_WEEK), hourAgo);
        return new BusinessSignals(payments(now.minus(successWindow)), disputes(now.minus(DISPUTE_WINDOW)), lastHour,
                weekBefore / (double) USUAL_WEEK.toHours(), 0, 0, 0, payoutFailures());
    }

    // Per currency, the sellers whose newest settled (paid or failed) payout in it failed: the
    // banner's rule, so the alert closes when every such seller's next payout is paid.
    private List<BusinessSignals.PayoutFailures> payoutFailures() {
        List<?> rows = entityManager.createNativeQuery("SELECT p.currency, COUNT(DISTINCT p.seller_id) FROM payouts p"
                        + " WHERE p.status = 'FAILED' AND NOT EXISTS (SELECT 1 FROM payouts later WHERE later.seller_id = p.seller_id"
                        + " AND later.currency = p.currency AND later.status = 'PAID' AND later.stripe_created > p.stripe_created)"
                        + " GROUP BY p.currency ORDER BY p.currency", Object[].class)
                .getResultList();
        return rows.stream().map(row -> new BusinessSignals.PayoutFailures(currency(row), number(row))).toList();
    }

    // A payment "ended" when it was paid (paid_at, kept by every later state) or failed (its last change).
    private List<BusinessSignals.Payments> payments(Instant since) {
        List<?> paid = entityManager.createNativeQuery("SELECT currency, COUNT(*) FROM orders WHERE paid_at >= ?1 GROUP BY currency", Object[].class)
                .setParameter(1, since).getResultList();
        List<?> failed = entityManager.createNativeQuery("SELECT currency, COUNT(*) FROM orders WHERE status = 'PAYMENT_FAILED'"
                        + " AND updated_at >= ?1 GROUP BY currency", Object[].class)
                .setParameter(1, since).getResultList();
        Map<String, long[]> byCurrency = new TreeMap<>();
        paid.forEach(row -> byCurrency.computeIfAbsent(currency(row), c -> new long[2])[0] = number(row));
        failed.forEach(row -> byCurrency.computeIfAbsent(currency(row), c -> new long[2])[1] = number(row));
        return byCurrency.entrySet().stream().map(e -> new BusinessSignals.Payments(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    // The KPIs' dispute rate (docs/kpis.md): disputes opened in the window per order paid in it.
    private List<BusinessSignals.Disputes> disputes(Instant since) {
        Map<String, long[]> byCurrency = new TreeMap<>();
        entityManager.createNativeQuery("SELECT currency, COUNT(*) FROM orders WHERE paid_at >= ?1 GROUP BY currency", Object[].class)
                .setParameter(1, since).getResultList()
                .forEach(row -> byCurrency.computeIfAbsent(currency(row), c -> new long[2])[0] = number(row));
        entityManager.createNativeQuery("SELECT currency, COUNT(*) FROM orders WHERE dispute_opened_at >= ?1 GROUP BY currency", Object[].class)
                .setParameter(1, since).getResultList()
                .forEach(row -> byCurrency.computeIfAbsent(currency(row), c -> new long[2])[1] = number(row));
        return byCurrency.entrySet().stream().map(e -> new BusinessSignals.Disputes(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private long count(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String currency(Object row) {
        return ((String) ((Object[]) row)[0]).trim();
    }

    private static long number(Object row) {
        return ((Number) ((Object[]) row)[1]).longValue();
    }

}
