package com.marketplace.web.it.handlers;

import com.marketplace.platform.kernel.persistence.DataSourceNames;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Test-only handlers, deployed in the integration-test war (ROOT.war plus this package). They
 * write to the table the tests created ({@code it_handler_calls}) through
 * the application's transactional data source, so a call is recorded only if the worker's
 * transaction commits: a count of recorded calls is a count of effective handler runs.
 */
@ApplicationScoped
public class RecordingHandlers {

    private static final Map<String, AtomicInteger> FAILED_ATTEMPTS = new ConcurrentHashMap<>();
    private static final AtomicInteger SLOW_IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger SLOW_MOST_AT_ONCE = new AtomicInteger();

    @Resource(lookup = DataSourceNames.MARKETPLACE)
    DataSource dataSource;

    void recorded(@Observes @StripeEventType("it.recorded") StripeEventReceived event) throws SQLException {
        record(event);
    }

    void accountUpdated(@Observes @StripeEventType("account.updated") StripeEventReceived event) throws SQLException {
        record(event);
    }

    /** Takes a while, and keeps the most runs it saw at the same time: how many worker loops were busy at once. */
    void slow(@Observes @StripeEventType("it.slow") StripeEventReceived event) throws SQLException, InterruptedException {
        SLOW_MOST_AT_ONCE.accumulateAndGet(SLOW_IN_FLIGHT.incrementAndGet(), Math::max);
        try {
            Thread.sleep(100);
            record(event);
        } finally {
            SLOW_IN_FLIGHT.decrementAndGet();
        }
    }

    void alwaysFails(@Observes @StripeEventType("it.always_fails") StripeEventReceived event) {
        FAILED_ATTEMPTS.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
        throw new IllegalStateException("handler failed on purpose");
    }

    static int failedAttempts(String eventId) {
        AtomicInteger attempts = FAILED_ATTEMPTS.get(eventId);
        return attempts == null ? 0 : attempts.get();
    }

    static int slowRunsMostAtOnce() {
        return SLOW_MOST_AT_ONCE.get();
    }

    private void record(StripeEventReceived event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO it_handler_calls (event_id, event_type, endpoint, account_id) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, event.eventId());
            insert.setString(2, event.type());
            insert.setString(3, event.endpoint().code());
            insert.setString(4, event.account());
            insert.executeUpdate();
        }
    }
}
