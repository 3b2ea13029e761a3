package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.orders.domain.DailySales;
import com.marketplace.platform.orders.domain.SalesFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

// The database adds the window's paid orders up per day and currency (a few rows a day), rather
// than handing every order to Java. paid_at is stored as a UTC date-time without a zone
// (hibernate.jdbc.time_zone=UTC), so its date part is the UTC day whatever the session's zone.
@ApplicationScoped
public class JpaSalesFigures implements SalesFigures {

    private static final String MONEY_TAKEN_SQL = MONEY_TAKEN.stream().map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    @Override
    public List<DailySales> paidPerDay(Instant from, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT CAST(paid_at AS DATE) AS day, currency, COUNT(*),"
                        + " COALESCE(SUM(amount_total), 0), COALESCE(SUM(application_fee_amount), 0), COALESCE(SUM(amount_refunded), 0)"
                        + " FROM orders WHERE paid_at >= :from AND paid_at < :until AND status IN " + MONEY_TAKEN_SQL
                        + " GROUP BY CAST(paid_at AS DATE), currency")
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
        return rows.stream().map(row -> new DailySales(day(row[0]), CurrencyCode.of((String) row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5]))).toList();
    }

    // Drivers answer a DATE column as java.sql.Date or LocalDate; either way it is the stored day, no zone applied.
    private static LocalDate day(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    // SUM answers a DECIMAL on MariaDB and a BIGINT on H2.
    private static long number(Object value) {
        return value instanceof BigDecimal decimal ? decimal.longValueExact() : ((Number) value).longValue();
    }
}
