package com.marketplace.webhooks.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.kernel.config.MarketplaceMode;
import com.marketplace.webhooks.domain.InboxEvent;
import com.marketplace.webhooks.domain.InboxOverview;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.ReplayRefused;
import com.marketplace.webhooks.domain.UnknownInboxEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an admin may do with the inbox (the admin page and the admin API both call this), with the inbox in memory. */
class InboxAdministrationTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private final InMemoryEventInbox inbox = new InMemoryEventInbox();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InboxAdministration testMarketplace = new InboxAdministration(inbox, () -> MarketplaceMode.TEST, clock);
    private final InboxAdministration liveMarketplace = new InboxAdministration(inbox, () -> MarketplaceMode.LIVE, clock);

    @Test
    void aDeadEventIsReplayedWithAFreshSetOfAttempts() {
        inbox.put("evt_dead", InboxStatus.DEAD, false, 5, NOW.minusSeconds(600));

        InboxEvent replayed = testMarketplace.replay("evt_dead");

        assertEquals(InboxStatus.RECEIVED, replayed.status());
        assertEquals(0, replayed.attempts());
        assertEquals(NOW, replayed.nextAttemptAt());
        assertEquals(null, replayed.lastError());
    }

    @Test
    void anyEventNotBeingProcessedMayBeReplayed() {
        inbox.put("evt_done", InboxStatus.PROCESSED, false, 1, NOW.minusSeconds(600));

        assertEquals(InboxStatus.RECEIVED, testMarketplace.replay("evt_done").status());
    }

    @Test
    void anEventBeingProcessedIsNotReplayed() {
        inbox.put("evt_busy", InboxStatus.PROCESSING, false, 1, NOW.minusSeconds(600));

        ReplayRefused refused = assertThrows(ReplayRefused.class, () -> testMarketplace.replay("evt_busy"));

        assertEquals("Event evt_busy is being processed right now; try again shortly", refused.getMessage());
        assertEquals(InboxStatus.PROCESSING, inbox.find("evt_busy").orElseThrow().status());
    }

    @Test
    void aLiveEventIsNeverReplayedByATestMarketplace() {
        inbox.put("evt_live", InboxStatus.IGNORED, true, 0, NOW.minusSeconds(600));

        ReplayRefused refused = assertThrows(ReplayRefused.class, () -> testMarketplace.replay("evt_live"));

        assertEquals("Event evt_live comes from Stripe's live mode; this marketplace runs in test mode and never processes it",
                refused.getMessage());
        assertEquals(InboxStatus.IGNORED, inbox.find("evt_live").orElseThrow().status());
    }

    @Test
    void aTestEventIsNeverReplayedByALiveMarketplace() {
        inbox.put("evt_test", InboxStatus.IGNORED, false, 0, NOW.minusSeconds(600));

        ReplayRefused refused = assertThrows(ReplayRefused.class, () -> liveMarketplace.replay("evt_test"));

        assertEquals("Event evt_test comes from Stripe's test mode; this marketplace runs in live mode and never processes it",
                refused.getMessage());
    }

    @Test
    void anEventNeverStoredCannotBeReplayed() {
        UnknownInboxEvent unknown = assertThrows(UnknownInboxEvent.class, () -> testMarketplace.replay("evt_nowhere"));

        assertEquals("No stored webhook event evt_nowhere", unknown.getMessage());
    }

    @Test
    void theOverviewCountsEveryStatusAndZeroForNone() {
        inbox.put("evt_a", InboxStatus.DEAD, false, 5, NOW.minusSeconds(60));
        inbox.put("evt_b", InboxStatus.DEAD, false, 5, NOW.minusSeconds(50));
        inbox.put("evt_c", InboxStatus.PROCESSED, false, 1, NOW.minusSeconds(40));

        InboxOverview overview = testMarketplace.overview();

        assertEquals(Map.of(InboxStatus.RECEIVED, 0L, InboxStatus.PROCESSING, 0L, InboxStatus.PROCESSED, 1L, InboxStatus.IGNORED, 0L,
                InboxStatus.FAILED, 0L, InboxStatus.DEAD, 2L), overview.counts());
        assertEquals(List.of(InboxStatus.values()), List.copyOf(overview.counts().keySet()));
    }

    @Test
    void theOverviewSaysHowLongTheOldestUnhandledEventHasWaited() {
        inbox.put("evt_old", InboxStatus.FAILED, false, 2, NOW.minusSeconds(90));
        inbox.put("evt_new", InboxStatus.RECEIVED, false, 0, NOW.minusSeconds(10));
        inbox.put("evt_older_but_done", InboxStatus.PROCESSED, false, 1, NOW.minusSeconds(900));

        assertEquals(Optional.of(Duration.ofSeconds(90)), testMarketplace.overview().oldestWaiting());
    }

    @Test
    void withNothingUnhandledNothingWaits() {
        inbox.put("evt_done", InboxStatus.PROCESSED, false, 1, NOW.minusSeconds(900));

        assertEquals(Optional.empty(), testMarketplace.overview().oldestWaiting());
    }

    @Test
    void eventsAreListedNewestFirstByStatus() {
        inbox.put("evt_first", InboxStatus.DEAD, false, 5, NOW.minusSeconds(60));
        inbox.put("evt_second", InboxStatus.DEAD, false, 5, NOW.minusSeconds(30));
        inbox.put("evt_other", InboxStatus.PROCESSED, false, 1, NOW.minusSeconds(10));

        assertEquals(List.of("evt_second", "evt_first"), testMarketplace.events(Optional.of(InboxStatus.DEAD), Optional.empty(), 50)
                .stream().map(InboxEvent::eventId).toList());
    }
}
