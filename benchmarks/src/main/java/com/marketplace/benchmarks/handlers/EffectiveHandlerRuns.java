package com.marketplace.benchmarks.handlers;

import com.marketplace.platform.kernel.persistence.DataSourceNames;
import com.marketplace.platform.stripe.events.StripeEventReceived;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Deployed only in the benchmark's and fault suite's war: observes every event the worker hands
 * to the real handlers and writes one row per run, in the worker's transaction. A row exists only
 * if that transaction committed, so two rows for one event id are an event processed twice.
 * Being a catch-all observer, it never makes an unhandled type count as handled.
 */
@ApplicationScoped
public class EffectiveHandlerRuns {

    public static final String TABLE_DDL = "CREATE TABLE IF NOT EXISTS bench_handler_runs (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
            + " event_id VARCHAR(255) NOT NULL, handled_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),"
            + " INDEX idx_bench_runs_event (event_id))";

    @Resource(lookup = DataSourceNames.MARKETPLACE)
    DataSource dataSource;

    void record(@Observes StripeEventReceived event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_handler_runs (event_id) VALUES (?)")) {
            insert.setString(1, event.eventId());
            insert.executeUpdate();
        }
    }
}
