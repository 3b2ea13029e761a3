package com.marketplace.platform.notifications.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.fakes.InMemoryOutbox;
import com.marketplace.platform.notifications.domain.Backoff;
import com.marketplace.platform.notifications.domain.MailFailure;
import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.platform.notifications.domain.MailTransport;
import com.marketplace.platform.notifications.domain.NewNotification;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.NotificationRefusal;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The outbox worker with the outbox in memory, a mail server that fails on demand and a clock the
 * test moves: what is sent when, how often it is tried, and when it is given up.
 */
class NotificationWorkerTest {

    private static final Instant START = Instant.parse("2030-01-01T12:00:00Z");

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final MutableClock clock = new MutableClock(START);
    private final FlakyMailServer server = new FlakyMailServer();
    private final NotificationWorker worker = workerWith(clock);

    private NotificationWorker workerWith(Clock workerClock) {
        return new NotificationWorker(new NotificationTransactions(outbox),
                notification -> new MailMessage(notification.id(), notification.recipient(), "Subject " + notification.subjectId(),
                        "text", "<p>html</p>"),
                server, new FixedSettings(), workerClock);
    }

    private void owe(String subject) {
        outbox.add(new NewNotification(NotificationKind.ORDER_RECEIPT, "buyer@example.test", subject, Map.of("orderId", "1")), START);
    }

    private Notification only() {
        return outbox.all().get(0);
    }

    @Test
    void aDueMessageIsSentOnceAndMarkedSent() {
        owe("order_1");

        worker.drain();
        worker.drain();

        assertEquals(List.of("buyer@example.test Subject order_1"), server.delivered);
        assertEquals(NotificationStatus.SENT, only().status());
        assertEquals(Optional.of(START), only().sentAt());
    }

    @Test
    void theSameMessageForTheSameSubjectIsWrittenOnce() {
        owe("order_1");
        owe("order_1");

        assertEquals(1, outbox.all().size());
    }

    @Test
    void aRefusedMessageIsTriedAgainAfterABackoffThatDoubles() {
        owe("order_1");
        server.failNext(2);

        worker.drain();
        assertEquals(Instant.parse("2030-01-01T12:00:10Z"), only().nextAttemptAt(), "first retry after the base delay");
        assertTrue(only().lastError().orElseThrow().contains("connection refused"));

        clock.advance(Duration.ofSeconds(9));
        worker.drain();
        assertEquals(1, server.attempts, "not before its time");

        clock.advance(Duration.ofSeconds(1));
        worker.drain();
        assertEquals(Instant.parse("2030-01-01T12:00:30Z"), only().nextAttemptAt(), "twice as long the second time");

        clock.advance(Duration.ofSeconds(20));
        worker.drain();
        assertEquals(NotificationStatus.SENT, only().status());
        assertEquals(List.of("buyer@example.test Subject order_1"), server.delivered);
        assertEquals(3, only().attempts());
    }

    @Test
    void aMessageRefusedOnEveryAttemptIsDeadAndAnAdminCanSendItAgain() {
        owe("order_1");
        server.failNext(100);
        for (int pass = 0; pass < 10; pass++) {
            worker.drain();
            clock.advance(Duration.ofMinutes(5));
        }
        assertEquals(NotificationStatus.DEAD, only().status());
        assertEquals(3, server.attempts, "three attempts, then given up");

        server.failNext(0);
        NotificationAdministration administration = new NotificationAdministration(outbox, null, clock);
        administration.resend(only().id());
        worker.drain();

        assertEquals(NotificationStatus.SENT, only().status());
    }

    @Test
    void onlyADeadMessageIsSentAgain() {
        owe("order_1");
        NotificationAdministration administration = new NotificationAdministration(outbox, null, clock);

        NotificationRefusal refused = assertThrows(NotificationRefusal.class, () -> administration.resend(only().id()));

        assertEquals("conflict", refused.code());
    }

    @Test
    void aMessageAnotherWorkerHoldsIsNotSentTwice() {
        owe("order_1");
        List<Notification> heldElsewhere = outbox.claim("other-worker", 10, START, START.plusSeconds(60), 3);

        worker.drain();

        assertEquals(1, heldElsewhere.size());
        assertEquals(List.of(), server.delivered);
    }

    @Test
    void aMessageWhoseWorkerDiedIsTakenOverAfterItsLease() {
        owe("order_1");
        outbox.claim("dead-worker", 10, START, START.plusSeconds(60), 3);

        clock.advance(Duration.ofSeconds(61));
        worker.drain();

        assertEquals(NotificationStatus.SENT, only().status());
        assertEquals(2, only().attempts(), "the dead worker's claim counted as an attempt");
    }

    @Test
    void aLateWorkerCannotOverwriteTheOutcomeOfTheOneThatTookItsMessageOver() {
        owe("order_1");
        Notification late = outbox.claim("late-worker", 10, START, START.plusSeconds(60), 3).get(0);
        clock.advance(Duration.ofSeconds(61));
        worker.drain();

        assertEquals(false, outbox.retryLater(late.id(), "late-worker", "timed out", START.plusSeconds(600)));
        assertEquals(NotificationStatus.SENT, only().status());
    }

    /** Three attempts, 10 s base, 1 h cap, batches of 2, leases of 60 s. */
    private static final class FixedSettings extends NotificationSettings {
        @Override
        public int batchSize() {
            return 2;
        }

        @Override
        public Duration lease() {
            return Duration.ofSeconds(60);
        }

        @Override
        public Backoff backoff() {
            return new Backoff(3, Duration.ofSeconds(10), Duration.ofHours(1));
        }
    }

    private static final class FlakyMailServer implements MailTransport {
        final List<String> delivered = new ArrayList<>();
        int attempts;
        int failuresLeft;

        void failNext(int times) {
            failuresLeft = times;
        }

        @Override
        public void send(MailMessage message) {
            attempts++;
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new MailFailure("smtp://mail.test:25 did not take the message: connection refused", null);
            }
            delivered.add(message.recipient() + " " + message.subject());
        }

        @Override
        public String describe() {
            return "smtp://mail.test:25";
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
