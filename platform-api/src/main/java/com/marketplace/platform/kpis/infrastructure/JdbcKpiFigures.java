package com.marketplace.platform.kpis.infrastructure;

import com.marketplace.platform.kernel.persistence.DataSourceNames;
import com.marketplace.platform.kpis.domain.Distribution;
import com.marketplace.platform.kpis.domain.KpiFigures;
import com.marketplace.platform.kpis.domain.KpiPeriod;
import com.marketplace.platform.kpis.domain.OrderFigures;
import com.marketplace.platform.kpis.domain.PaidOrders;
import com.marketplace.platform.kpis.domain.SubscriptionCounts;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.SalesFigures;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The KPIs' figures as SQL aggregates over {@code orders} and {@code subscriptions}, in plain JDBC:
 * conditional sums and {@code GROUP BY} are what the database is for, and none of this needs an
 * entity. The KPIs are a read-only report over the orders' and subscriptions' tables; they never write them.
 *
 * <p>Each query reads one indexed range (V11, and V23's covering indexes): {@code (currency, paid_at)}
 * for the orders paid in the window, {@code (currency, created_at)} for the checkouts started in it,
 * {@code (status, updated_at)} for the failed payments (a final state: updated_at is when the order
 * entered it), and
 * {@code (currency, dispute_opened_at)} / {@code (currency, dispute_closed_at)} for the disputes.
 *
 * <p>Percentiles: MariaDB's {@code PERCENTILE_CONT} is a window function and H2's an ordered-set
 * aggregate, so no single SQL statement computes one on both. The database groups the durations by
 * their value instead ({@code GROUP BY} seconds, or hours for disputes) and answers one row per
 * distinct value with its count; the percentile is read from those buckets in Java
 * ({@link Distribution}), exactly. The rows are bounded by the durations, not by the orders: a
 * Checkout Session lives at most 24 hours (at most 86,400 distinct seconds, a few hundred in
 * practice), and a dispute is decided within months (a few thousand hours).
 *
 * <p>Times are bound and compared as UTC {@code LocalDateTime}s, as Hibernate writes them
 * ({@code hibernate.jdbc.time_zone=UTC}) and as the webhook inbox reads them. The window's end is
 * inclusive ({@code <= until}): on MariaDB the driver drops the fractions of a second of what it
 * binds (it takes the server's "5.5.5-10.x" for 5.5), so a checkout started in the same second as
 * the request is stored, and "now" bound, as that whole second.
 */
@ApplicationScoped
public class JdbcKpiFigures implements KpiFigures {

    private static final String MONEY_TAKEN = SalesFigures.MONEY_TAKEN.stream().map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private static final String PAID_IN_WINDOW = " FROM orders WHERE currency = ? AND paid_at >= ? AND paid_at <= ? AND status IN " + MONEY_TAKEN;

    @Resource(lookup = DataSourceNames.MARKETPLACE)
    DataSource dataSource;

    // The platform's default managed executor (Jakarta Concurrency's default resource).
    @Resource
    ManagedExecutorService executor;

    /**
     * The orders' range reads: the window's paid orders once, grouped by their seconds to pay with
     * each duration's sums (the money figures and the time to pay from one pass over V23's covering
     * index), and the failed payments, the checkouts started and the disputes. The paid orders' pass
     * is the longest (about 140,000 index entries at 500,000 orders): it runs on a connection of its
     * own, on the managed executor, while this thread reads the rest, so the report waits for the
     * longer of the two rather than their sum (docs/read-paths.md).
     */
    @Override
    public OrderFigures orders(KpiPeriod period) {
        CompletableFuture<PaidOrders> paidRead = CompletableFuture.supplyAsync(() -> paid(period), executor);
        try (Connection connection = dataSource.getConnection()) {
            long[] failed = row(connection, "SELECT COUNT(*) FROM orders WHERE status = ? AND updated_at >= ? AND updated_at <= ?"
                    + " AND currency = ?", 1, OrderStatus.PAYMENT_FAILED.name(), utc(period.from()), utc(period.until()),
                    period.currency().value());
            long[] sessions = row(connection, "SELECT COUNT(*), COALESCE(SUM(CASE WHEN paid_at IS NOT NULL THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN status = ? THEN 1 ELSE 0 END), 0)"
                    + " FROM orders WHERE currency = ? AND created_at >= ? AND created_at <= ? AND checkout_session_id IS NOT NULL", 3,
                    OrderStatus.EXPIRED.name(), period.currency().value(), utc(period.from()), utc(period.until()));
            // Only disputed orders have dispute_opened_at: the range over the index holds them alone.
            long[] disputes = row(connection, "SELECT COALESCE(SUM(CASE WHEN dispute_opened_at >= ? AND dispute_opened_at <= ? THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN dispute_closed_at IS NULL THEN 1 ELSE 0 END), 0)"
                    + " FROM orders WHERE currency = ? AND dispute_opened_at IS NOT NULL", 2,
                    utc(period.from()), utc(period.until()), period.currency().value());
            PaidOrders paid = joined(paidRead);
            return new OrderFigures(paid.counts(failed[0], sessions[0], sessions[1], sessions[2], disputes[0], disputes[1]),
                    paid.secondsToPay());
        } catch (SQLException e) {
            paidRead.cancel(false);
            throw new IllegalStateException("the KPIs cannot be read: " + e.getMessage(), e);
        }
    }

    private static PaidOrders joined(CompletableFuture<PaidOrders> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private PaidOrders paid(KpiPeriod period) {
        try (Connection connection = dataSource.getConnection()) {
            return paid(connection, period);
        } catch (SQLException e) {
            throw new IllegalStateException("the KPIs cannot be read: " + e.getMessage(), e);
        }
    }

    private static PaidOrders paid(Connection connection, KpiPeriod period) throws SQLException {
        String sql = "SELECT duration, COUNT(*), COALESCE(SUM(amount_total), 0), COALESCE(SUM(application_fee_amount), 0),"
                + " COALESCE(SUM(CASE WHEN amount_refunded > 0 THEN 1 ELSE 0 END), 0), COALESCE(SUM(amount_refunded), 0)"
                + " FROM (SELECT TIMESTAMPDIFF(SECOND, created_at, paid_at) AS duration, amount_total, application_fee_amount,"
                + " amount_refunded" + PAID_IN_WINDOW + ") paid GROUP BY duration";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, period.currency().value(), utc(period.from()), utc(period.until()));
            PaidOrders paid = new PaidOrders();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    paid.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                }
            }
            return paid;
        }
    }

    @Override
    public Distribution hoursToCloseDispute(KpiPeriod period) {
        return distribution("SELECT TIMESTAMPDIFF(HOUR, dispute_opened_at, dispute_closed_at) AS duration FROM orders"
                        + " WHERE currency = ? AND dispute_closed_at >= ? AND dispute_closed_at <= ? AND dispute_opened_at IS NOT NULL",
                period.currency().value(), utc(period.from()), utc(period.until()));
    }

    /**
     * Four reads of the currency's subscriptions (indexes of V15): those giving access now and the
     * ones that pay, grouped by their price (one row per distinct amount and interval, bounded by the
     * plans' prices, not by the subscribers), through {@code (currency, status)}; those whose access
     * ended in the window through {@code (currency, ended_at)}; and the window's starts and the
     * subscriptions with access at its start over the currency's rows. A subscription that never gave
     * access (no started_at: an abandoned or expired first payment) cannot churn.
     */
    @Override
    public SubscriptionCounts subscriptions(KpiPeriod period) {
        String currency = period.currency().value();
        LocalDateTime from = utc(period.from());
        LocalDateTime until = utc(period.until());
        try (Connection connection = dataSource.getConnection()) {
            long[] now = row(connection, "SELECT COALESCE(SUM(CASE WHEN status = 'TRIALING' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN status = 'ACTIVE' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN status = 'PAST_DUE' THEN 1 ELSE 0 END), 0)"
                    + " FROM subscriptions WHERE currency = ? AND status IN ('TRIALING', 'ACTIVE', 'PAST_DUE')", 3, currency);
            List<SubscriptionCounts.Billed> billed = billed(connection, currency);
            long[] ended = row(connection, "SELECT COUNT(*) FROM subscriptions WHERE currency = ? AND ended_at >= ? AND ended_at <= ?"
                    + " AND started_at IS NOT NULL", 1, currency, from, until);
            long[] window = row(connection, "SELECT COALESCE(SUM(CASE WHEN started_at >= ? AND started_at <= ? THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN started_at < ? AND (ended_at IS NULL OR ended_at >= ?) THEN 1 ELSE 0 END), 0)"
                    + " FROM subscriptions WHERE currency = ? AND started_at IS NOT NULL", 2, from, until, from, from, currency);
            return new SubscriptionCounts(now[0], now[1], now[2], billed, window[0], ended[0], window[1]);
        } catch (SQLException e) {
            throw new IllegalStateException("the KPIs cannot be read: " + e.getMessage(), e);
        }
    }

    /** Through {@code (status, stripe_created)}: failed payouts are few, and the currency is checked on those rows. */
    @Override
    public long payoutFailures(KpiPeriod period) {
        try (Connection connection = dataSource.getConnection()) {
            return row(connection, "SELECT COUNT(*) FROM payouts WHERE status = 'FAILED' AND stripe_created >= ? AND stripe_created <= ?"
                    + " AND currency = ?", 1, utc(period.from()), utc(period.until()), period.currency().value())[0];
        } catch (SQLException e) {
            throw new IllegalStateException("the KPIs cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<SubscriptionCounts.Billed> billed(Connection connection, String currency) throws SQLException {
        // The interval is compared lower case: Stripe's word ("month", "year"), whatever case a writer stored it in.
        String sql = "SELECT amount, LOWER(billing_interval), COUNT(*) FROM subscriptions"
                + " WHERE currency = ? AND status IN ('ACTIVE', 'PAST_DUE') GROUP BY amount, LOWER(billing_interval)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, currency);
            List<SubscriptionCounts.Billed> billed = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    billed.add(new SubscriptionCounts.Billed(rs.getLong(1), "year".equals(rs.getString(2)), rs.getLong(3)));
                }
            }
            return billed;
        }
    }

        private Distribution distribution(String durations, Object... parameters) {
        String grouped = "SELECT duration, COUNT(*) FROM (" + durations + ") durations GROUP BY duration";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(grouped)) {
            bind(statement, parameters);
            List<Distribution.Bucket> buckets = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    // A clock step back between two writes could make a duration negative: it counts as none.
                    buckets.add(new Distribution.Bucket(Math.max(0, rs.getLong(1)), rs.getLong(2)));
                }
            }
            return new Distribution(merged(buckets));
        } catch (SQLException e) {
            throw new IllegalStateException("the KPIs cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Distribution.Bucket> merged(List<Distribution.Bucket> buckets) {
        return buckets.stream().collect(Collectors.groupingBy(Distribution.Bucket::value, Collectors.summingLong(Distribution.Bucket::count)))
                .entrySet().stream().map(bucket -> new Distribution.Bucket(bucket.getKey(), bucket.getValue())).toList();
    }

    private static long[] row(Connection connection, String sql, int columns, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long[] values = new long[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rs.getLong(i + 1);
                }
                return values;
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
