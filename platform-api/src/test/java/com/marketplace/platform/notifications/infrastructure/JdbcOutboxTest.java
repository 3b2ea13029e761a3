package com.marketplace.platform.notifications.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.notifications.domain.NewNotification;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's SQL on the embedded database (H2 in MySQL mode, as bin/run runs it), on the table
 * the V10 migration creates: one row per (kind, subject), leases named by their token, the dead
 * state and the resend. (MariaDB runs the same SQL in the integration tests.)
 */
class JdbcOutboxTest {

    private static final Path MIGRATION = Path.of("../db-migrations/src/main/resources/db/migration/V10__notifications.sql");
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    private final JdbcOutbox outbox = new JdbcOutbox();

    @BeforeEach
    void aFreshDatabase() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY)");
            for (String sql : Files.readString(MIGRATION).replaceAll("(?m)--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        outbox.dataSource = h2;
    }

    private boolean owe(String subject) {
        return outbox.add(new NewNotification(NotificationKind.ORDER_RECEIPT, "buyer@example.test", subject,
                Map.of("orderId", "1", "productName", "Tea \"cups\" & saucers")), NOW);
    }

    @Test
    void aMessageIsWrittenOncePerKindAndSubjectWithItsData() {
        assertTrue(owe("order_1"));
        assertFalse(owe("order_1"), "the second write of the same message writes nothing");
        assertTrue(outbox.add(new NewNotification(NotificationKind.SELLER_NEW_ORDER, "seller@example.test", "order_1", Map.of()), NOW));

        List<Notification> all = outbox.list(Optional.empty(), Optional.empty(), 10);
        assertEquals(2, all.size());
        Notification receipt = all.get(1);
        assertEquals(NotificationStatus.PENDING, receipt.status());
        assertEquals("Tea \"cups\" & saucers", receipt.value("productName"));
        assertEquals(NOW, receipt.createdAt());
    }

    @Test
    void aClaimedMessageIsNoOneElsesUntilItsLeaseRunsOut() {
        owe("order_1");

        List<Notification> first = outbox.claim("worker-a", 10, NOW, NOW.plusSeconds(60), 5);
        List<Notification> meanwhile = outbox.claim("worker-b", 10, NOW.plusSeconds(30), NOW.plusSeconds(90), 5);
        List<Notification> takenOver = outbox.claim("worker-b", 10, NOW.plusSeconds(61), NOW.plusSeconds(121), 5);

        assertEquals(1, first.size());
        assertEquals(1, first.get(0).attempts());
        assertEquals(List.of(), meanwhile);
        assertEquals(2, takenOver.get(0).attempts());
        assertFalse(outbox.sent(first.get(0).id(), "worker-a", NOW.plusSeconds(62)), "the first worker lost its claim");
        assertTrue(outbox.sent(first.get(0).id(), "worker-b", NOW.plusSeconds(62)));
        assertEquals(NotificationStatus.SENT, outbox.find(first.get(0).id()).orElseThrow().status());
        assertEquals(List.of(), outbox.claim("worker-c", 10, NOW.plusSeconds(600), NOW.plusSeconds(660), 5), "sent is done");
    }

    @Test
    void aRetryWaitsForItsTimeAndTheLastFailureIsDead() {
        owe("order_1");
        long id = outbox.claim("worker-a", 10, NOW, NOW.plusSeconds(60), 2).get(0).id();

        assertTrue(outbox.retryLater(id, "worker-a", "connection refused", NOW.plusSeconds(30)));
        assertEquals(List.of(), outbox.claim("worker-a", 10, NOW.plusSeconds(29), NOW.plusSeconds(89), 2));
        Notification again = outbox.claim("worker-a", 10, NOW.plusSeconds(30), NOW.plusSeconds(90), 2).get(0);
        assertEquals(Optional.of("connection refused"), again.lastError());
        assertTrue(outbox.dead(id, "worker-a", "connection refused"));

        assertEquals(NotificationStatus.DEAD, outbox.find(id).orElseThrow().status());
        assertEquals(1, outbox.list(Optional.of(NotificationStatus.DEAD), Optional.empty(), 10).size());
        assertTrue(outbox.resend(id, NOW.plusSeconds(100)));
        assertFalse(outbox.resend(id, NOW.plusSeconds(100)), "only a dead message is sent again");
        assertEquals(1, outbox.claim("worker-a", 10, NOW.plusSeconds(100), NOW.plusSeconds(160), 2).get(0).attempts());
    }

    @Test
    void theDeadMessagesAreCountedForTheAlerts() {
        owe("order_1");
        owe("order_2");
        long id = outbox.claim("worker-a", 1, NOW, NOW.plusSeconds(60), 1).get(0).id();

        outbox.dead(id, "worker-a", "mailbox unavailable");

        assertEquals(1, outbox.count(NotificationStatus.DEAD));
        assertEquals(1, outbox.count(NotificationStatus.PENDING));
        assertEquals(0, outbox.count(NotificationStatus.SENT));
    }

    @Test
    void aMessageWhoseWorkerDiedOnItsLastAttemptIsDeadWhenTheLeaseRunsOut() {
        owe("order_1");
        long id = outbox.claim("worker-a", 10, NOW, NOW.plusSeconds(60), 1).get(0).id();

        assertEquals(List.of(), outbox.claim("worker-b", 10, NOW.plusSeconds(61), NOW.plusSeconds(121), 1));

        Notification dead = outbox.find(id).orElseThrow();
        assertEquals(NotificationStatus.DEAD, dead.status());
        assertTrue(dead.lastError().orElseThrow().contains("did not finish"));
    }

    @Test
    void theListPagesNewestFirstByCursor() {
        owe("order_1");
        owe("order_2");
        owe("order_3");

        List<Notification> first = outbox.list(Optional.empty(), Optional.empty(), 2);
        List<Notification> next = outbox.list(Optional.empty(), Optional.of(first.get(1).id()), 2);

        assertEquals(List.of("order_3", "order_2"), first.stream().map(Notification::subjectId).toList());
        assertEquals(List.of("order_1"), next.stream().map(Notification::subjectId).toList());
    }
}
