package com.marketplace.platform.alerts.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.alerts.domain.Alert;
import com.marketplace.platform.alerts.domain.AlertLog;
import com.marketplace.platform.alerts.domain.AlertThresholds;
import com.marketplace.platform.alerts.domain.Breach;
import com.marketplace.platform.alerts.domain.BusinessSignals;
import com.marketplace.platform.kernel.leases.JobLease;
import com.marketplace.platform.fakes.InMemoryOutbox;
import com.marketplace.platform.kpis.domain.WebhookBacklog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Passes of the alert rules over changing figures: an alert opens once, closes when its rule clears, and one instance evaluates at a time. */
class AlertEvaluationTest {

    private final InMemoryAlertLog log = new InMemoryAlertLog();
    private final Inbox backlog = new Inbox();
    private final Lease lease = new Lease();
    private BusinessSignals orders = signals(100, 0);
    private final AlertSettings settings = new AlertSettings() {
        @Override
        public AlertThresholds thresholds() {
            return new AlertThresholds(0.5, 3, Duration.ofMinutes(60), 0.0075, 1, Duration.ofMinutes(5), 3.0, 5);
        }

        @Override
        public Duration interval() {
            return Duration.ofMinutes(1);
        }
    };
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final AlertEvaluation evaluation = new AlertEvaluation((now, window) -> orders, backlog, outbox, log, lease,
            new AlertNotices(outbox, () -> List.of("ops@marketplace.test", "owner@marketplace.test")), settings,
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    private static BusinessSignals signals(long paid, long failed) {
        return new BusinessSignals(List.of(new BusinessSignals.Payments("pln", paid, failed)), List.of(), 0, 0, 0, 0, 0);
    }

    @Test
    void aRuleThatStartsToHoldOpensOneAlert() {
        orders = signals(0, 3);

        AlertEvaluation.Outcome outcome = evaluation.evaluate();

        assertEquals(List.of("payment_success_rate_low:pln"), outcome.opened().stream().map(Alert::key).toList());
        assertEquals(1, log.open().size());
    }

    @Test
    void sellersWhosePayoutsFailOpenThePayoutFailuresAlert() {
        orders = new BusinessSignals(List.of(), List.of(), 0, 0, 0, 0, 0, List.of(new BusinessSignals.PayoutFailures("eur", 1)));

        AlertEvaluation.Outcome outcome = evaluation.evaluate();

        assertEquals(List.of("payout_failures:eur"), outcome.opened().stream().map(Alert::key).toList());
    }

    @Test
    void aRuleThatKeepsHoldingDoesNotOpenASecondAlert() {
        orders = signals(0, 3);
        evaluation.evaluate();

        AlertEvaluation.Outcome again = evaluation.evaluate();

        assertEquals(List.of(), again.opened());
        assertEquals(1, log.all.size());
    }

    @Test
    void anOpenedAlertMailsEveryAdminOnceWhateverHowOftenTheRuleIsEvaluated() {
        orders = signals(0, 3);

        evaluation.evaluate();
        evaluation.evaluate();

        assertEquals(List.of("alert ops@marketplace.test", "alert owner@marketplace.test"),
                outbox.all().stream().map(n -> n.kind().code() + " " + n.recipient()).toList());
        assertTrue(outbox.all().get(0).value("detail").startsWith("PLN payments: 0 of 3 succeeded"), outbox.all().get(0).toString());
    }

    @Test
    void anAlertClosesWhenItsRuleClears() {
        orders = signals(0, 3);
        evaluation.evaluate();
        orders = signals(4, 3);

        AlertEvaluation.Outcome cleared = evaluation.evaluate();

        assertEquals(List.of("payment_success_rate_low:pln"), cleared.closed().stream().map(Alert::key).toList());
        assertEquals(List.of(), log.open());
    }

    @Test
    void aRuleHoldingAgainAfterClearingOpensANewEpisode() {
        orders = signals(0, 3);
        evaluation.evaluate();
        orders = signals(4, 3);
        evaluation.evaluate();
        orders = signals(4, 6);

        evaluation.evaluate();

        assertEquals(2, log.all.size());
        assertEquals(1, log.open().size());
    }

    @Test
    void deadWebhookEventsReportedByTheInboxOpenAnAlert() {
        backlog.dead = 1;

        assertEquals(List.of("dead_webhook_events"), evaluation.evaluate().opened().stream().map(Alert::key).toList());
    }

    @Test
    void anInstanceThatCannotTakeTheLeaseSkipsItsTurn() {
        orders = signals(0, 3);
        lease.heldByAnother = true;

        AlertEvaluation.Outcome skipped = evaluation.evaluate();

        assertFalse(skipped.ran());
        assertTrue(log.all.isEmpty());
    }

    private static final class Inbox implements WebhookBacklog {
        long dead;

        @Override
        public WebhookBacklog.Backlog now() {
            return new WebhookBacklog.Backlog(0, dead);
        }
    }

    private static final class Lease implements JobLease {
        boolean heldByAnother;

        @Override
        public boolean hold(String name, String holder, Instant now, Instant until) {
            return !heldByAnother;
        }
    }

    private static final class InMemoryAlertLog implements AlertLog {
        final List<Alert> all = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public Optional<Alert> openUnlessOpen(Breach breach, Instant now) {
            if (open().stream().anyMatch(alert -> alert.key().equals(breach.key()))) {
                return Optional.empty();
            }
            Alert alert = new Alert(ids.incrementAndGet(), breach.key(), breach.rule(), breach.detail(), now, Optional.empty());
            all.add(alert);
            return Optional.of(alert);
        }

        @Override
        public List<Alert> closeAllBut(Set<String> stillBreached, Instant now) {
            List<Alert> closing = open().stream().filter(alert -> !stillBreached.contains(alert.key())).toList();
            closing.forEach(alert -> all.set(all.indexOf(alert),
                    new Alert(alert.id(), alert.key(), alert.rule(), alert.detail(), alert.openedAt(), Optional.of(now))));
            return closing;
        }

        @Override
        public List<Alert> open() {
            return all.stream().filter(Alert::isOpen).toList();
        }

        @Override
        public List<Alert> openedSince(Instant since, int limit) {
            return all.stream().filter(alert -> !alert.openedAt().isBefore(since)).limit(limit).toList();
        }
    }
}
