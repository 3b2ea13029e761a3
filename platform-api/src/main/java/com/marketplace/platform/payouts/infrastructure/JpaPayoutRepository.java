package com.marketplace.platform.payouts.infrastructure;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.platform.payouts.domain.PayoutRepository;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import com.marketplace.platform.payouts.domain.StripePayout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

// Times are UTC wall-clock DATETIMEs. Native SQL through the shared persistence unit, so writes join the caller's transaction. The
// insert and the update are each one statement: the unique stripe_payout_id makes two workers
// inserting the same payout one row, and the update's WHERE keeps an older event from overwriting.
@ApplicationScoped
public class JpaPayoutRepository implements PayoutRepository {

    private static final String COLUMNS = "seller_id, stripe_payout_id, amount, currency, status, arrival_date, failure_code,"
            + " failure_message, stripe_created";

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Optional<Payout> find(String stripePayoutId) {
        return rows(entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM payouts WHERE stripe_payout_id = ?1")
                .setParameter(1, stripePayoutId)).stream().findFirst();
    }

    @Override
    public boolean save(Payout payout, long eventCreated) {
        StripePayout stripe = payout.stripe();
        LocalDateTime now = timestamp(clock.instant());
        int inserted = entityManager.createNativeQuery("INSERT IGNORE INTO payouts (" + COLUMNS
                        + ", last_event_created, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)")
                .setParameter(1, payout.sellerId().value())
                .setParameter(2, stripe.id())
                .setParameter(3, stripe.amount())
                .setParameter(4, stripe.currency())
                .setParameter(5, stripe.status().name())
                .setParameter(6, stripe.arrivalDate().map(JpaPayoutRepository::timestamp).orElse(null))
                .setParameter(7, stripe.failureCode().orElse(null))
                .setParameter(8, stripe.failureMessage().map(JpaPayoutRepository::clip).orElse(null))
                .setParameter(9, timestamp(stripe.created()))
                .setParameter(10, eventCreated)
                .setParameter(11, now)
                .executeUpdate();
        if (inserted == 1) {
            return true;
        }
        return entityManager.createNativeQuery("UPDATE payouts SET amount = ?1, status = ?2, arrival_date = ?3, failure_code = ?4,"
                        + " failure_message = ?5, last_event_created = ?6, updated_at = ?7 WHERE stripe_payout_id = ?8 AND last_event_created <= ?6")
                .setParameter(1, stripe.amount())
                .setParameter(2, stripe.status().name())
                .setParameter(3, stripe.arrivalDate().map(JpaPayoutRepository::timestamp).orElse(null))
                .setParameter(4, stripe.failureCode().orElse(null))
                .setParameter(5, stripe.failureMessage().map(JpaPayoutRepository::clip).orElse(null))
                .setParameter(6, eventCreated)
                .setParameter(7, now)
                .setParameter(8, stripe.id())
                .executeUpdate() == 1;
    }

    @Override
    public List<Payout> ofSeller(SellerId seller, int limit, int offset) {
        return rows(entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM payouts WHERE seller_id = ?1"
                        + " ORDER BY stripe_created DESC, id DESC LIMIT ?2 OFFSET ?3")
                .setParameter(1, seller.value()).setParameter(2, limit).setParameter(3, offset));
    }

    @Override
    public List<Payout> withStatus(PayoutStatus status, int limit, int offset) {
        return rows(entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM payouts WHERE status = ?1"
                        + " ORDER BY stripe_created DESC, id DESC LIMIT ?2 OFFSET ?3")
                .setParameter(1, status.name()).setParameter(2, limit).setParameter(3, offset));
    }

    @Override
    public Optional<Payout> latestSettled(SellerId seller) {
        return rows(entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM payouts WHERE seller_id = ?1 AND status IN ('PAID', 'FAILED')"
                        + " ORDER BY stripe_created DESC, id DESC LIMIT 1")
                .setParameter(1, seller.value())).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Payout> rows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(JpaPayoutRepository::payout).toList();
    }

    private static Payout payout(Object[] row) {
        return new Payout(new SellerId(((Number) row[0]).longValue()), new StripePayout((String) row[1], ((Number) row[2]).longValue(),
                (String) row[3], PayoutStatus.valueOf((String) row[4]), Optional.ofNullable(row[5]).map(JpaPayoutRepository::instant),
                Optional.ofNullable((String) row[6]), Optional.ofNullable((String) row[7]), instant(row[8])));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    // Bound as UTC wall-clock time, as Hibernate writes times here (hibernate.jdbc.time_zone=UTC).
    private static LocalDateTime timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
