package com.marketplace.webhooks.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.kernel.config.MarketplaceMode;
import com.marketplace.platform.kpis.domain.WebhookBacklog.Backlog;
import com.marketplace.webhooks.domain.InboxStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The inbox's figures in the admins' KPIs: how long the oldest unhandled event has waited, and the dead events. */
class InboxBacklogTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private final InMemoryEventInbox inbox = new InMemoryEventInbox();
    private final InboxBacklog backlog = new InboxBacklog(new InboxAdministration(inbox, () -> MarketplaceMode.TEST,
            Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void theLagIsHowLongTheOldestUnhandledEventHasWaited() {
        inbox.put("evt_failed", InboxStatus.FAILED, false, 2, NOW.minusSeconds(400));
        inbox.put("evt_new", InboxStatus.RECEIVED, false, 0, NOW.minusSeconds(5));
        inbox.put("evt_done_long_ago", InboxStatus.PROCESSED, false, 1, NOW.minusSeconds(9_000));

        assertEquals(400, backlog.now().lagSeconds());
    }

    @Test
    void withNothingWaitingThereIsNoLag() {
        inbox.put("evt_done", InboxStatus.PROCESSED, false, 1, NOW.minusSeconds(900));

        assertEquals(new Backlog(0, 0), backlog.now());
    }

    @Test
    void deadEventsAreCountedButAreNotLag() {
        inbox.put("evt_dead", InboxStatus.DEAD, false, 5, NOW.minusSeconds(3_600));
        inbox.put("evt_dead_too", InboxStatus.DEAD, false, 5, NOW.minusSeconds(60));

        assertEquals(new Backlog(0, 2), backlog.now());
    }

    @Test
    void anEventStampedAfterNowIsNoNegativeLag() {
        inbox.put("evt_future", InboxStatus.RECEIVED, false, 0, NOW.plusSeconds(3));

        assertEquals(0, backlog.now().lagSeconds());
    }
}
